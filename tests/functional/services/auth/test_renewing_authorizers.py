"""
RefreshTokenAuthorizer and ClientCredentialsAuthorizer driving real login clients:
token requests go through NativeAppAuthClient / ConfidentialAppAuthClient, and a 401
from a resource server leads to one refresh and one retry.
"""

from __future__ import annotations

import time

import pytest
import responses

import globus_sdk
from globus_sdk.scopes import TransferScopes

AUTH = "https://auth.globus.org"
RESOURCE = "https://transfer.api.globus.org/v0.10"
NATIVE_CLIENT_ID = "4a4a4a4a-0000-4000-8000-000000000001"
CONFIDENTIAL_CLIENT_ID = "ed2e9af6-7e5c-4c9d-a0b2-38d3b7d0e3c4"
CLIENT_SECRET = "s3cr3t-fixture-client-secret"


class ResourceClient(globus_sdk.BaseClient):
    """A small Transfer-like client of our own."""

    base_url = RESOURCE

    def get_thing(self, thing_id: str) -> globus_sdk.GlobusHTTPResponse:
        return self.get(f"/thing/{thing_id}")


def token_body(access_token: str, refresh_token: str | None = None) -> dict:
    return {
        "access_token": access_token,
        "refresh_token": refresh_token,
        "expires_in": 172800,
        "resource_server": "transfer.api.globus.org",
        "scope": TransferScopes.all,
        "token_type": "Bearer",
        "other_tokens": [],
    }


def calls() -> list[tuple[str, str, str | None]]:
    return [
        (c.request.method, c.request.url.split("?")[0], c.request.headers.get("Authorization"))
        for c in responses.calls
    ]


def forms() -> list[str]:
    return [c.request.body for c in responses.calls if c.request.method == "POST"]


def test_refresh_token_authorizer_gets_its_first_token():
    responses.add("POST", f"{AUTH}/v2/oauth2/token", json=token_body("new-access-token"))
    responses.add("GET", f"{RESOURCE}/thing/1", json={"id": "1"})
    refreshed = []
    authorizer = globus_sdk.RefreshTokenAuthorizer(
        "my-refresh-token",
        globus_sdk.NativeAppAuthClient(NATIVE_CLIENT_ID),
        on_refresh=refreshed.append,
    )
    assert ResourceClient(authorizer=authorizer).get_thing("1")["id"] == "1"

    assert calls() == [
        ("POST", f"{AUTH}/v2/oauth2/token", None),
        ("GET", f"{RESOURCE}/thing/1", "Bearer new-access-token"),
    ]
    assert forms() == [
        f"refresh_token=my-refresh-token&grant_type=refresh_token&client_id={NATIVE_CLIENT_ID}"
    ]
    (response,) = refreshed
    assert isinstance(response, globus_sdk.OAuthRefreshTokenResponse)
    assert authorizer.expires_at == pytest.approx(time.time() + 172800, abs=5)


def test_refresh_on_401_then_retry():
    responses.add(
        "GET", f"{RESOURCE}/thing/1", status=401, json={"code": "AuthenticationFailed"}
    )
    responses.add("GET", f"{RESOURCE}/thing/1", json={"id": "1"})
    responses.add(
        "POST",
        f"{AUTH}/v2/oauth2/token",
        json=token_body("new-access-token", refresh_token="rotated-refresh-token"),
    )
    authorizer = globus_sdk.RefreshTokenAuthorizer(
        "my-refresh-token",
        globus_sdk.ConfidentialAppAuthClient(CONFIDENTIAL_CLIENT_ID, CLIENT_SECRET),
        access_token="old-access-token",
        expires_at=int(time.time()) + 3600,
    )
    assert ResourceClient(authorizer=authorizer).get_thing("1")["id"] == "1"

    sent = calls()
    assert [(m, u) for m, u, _ in sent] == [
        ("GET", f"{RESOURCE}/thing/1"),
        ("POST", f"{AUTH}/v2/oauth2/token"),
        ("GET", f"{RESOURCE}/thing/1"),
    ]
    assert sent[0][2] == "Bearer old-access-token"
    assert sent[1][2] is not None and sent[1][2].startswith("Basic ")
    assert sent[2][2] == "Bearer new-access-token"
    assert forms() == ["refresh_token=my-refresh-token&grant_type=refresh_token"]
    # Globus Auth rotated the refresh token: the authorizer adopted it
    assert authorizer.refresh_token == "rotated-refresh-token"


def test_a_second_401_is_not_retried_forever():
    responses.add(
        "GET", f"{RESOURCE}/thing/1", status=401, json={"code": "AuthenticationFailed"}
    )
    responses.add("POST", f"{AUTH}/v2/oauth2/token", json=token_body("new-access-token"))
    authorizer = globus_sdk.RefreshTokenAuthorizer(
        "my-refresh-token",
        globus_sdk.NativeAppAuthClient(NATIVE_CLIENT_ID),
        access_token="old-access-token",
        expires_at=int(time.time()) + 3600,
    )
    with pytest.raises(globus_sdk.GlobusAPIError) as excinfo:
        ResourceClient(authorizer=authorizer).get_thing("1")
    assert excinfo.value.http_status == 401
    assert [m for m, _, _ in calls()] == ["GET", "POST", "GET"]


def test_refresh_failure_is_an_auth_error():
    responses.add(
        "POST", f"{AUTH}/v2/oauth2/token", status=400, json={"error": "invalid_grant"}
    )
    authorizer = globus_sdk.RefreshTokenAuthorizer(
        "revoked-refresh-token", globus_sdk.NativeAppAuthClient(NATIVE_CLIENT_ID)
    )
    with pytest.raises(globus_sdk.AuthAPIError) as excinfo:
        ResourceClient(authorizer=authorizer).get_thing("1")
    assert excinfo.value.code == "invalid_grant"
    assert "revoked-refresh-token" not in str(excinfo.value)


def test_client_credentials_authorizer():
    responses.add("POST", f"{AUTH}/v2/oauth2/token", json=token_body("cc-access-token"))
    responses.add("GET", f"{RESOURCE}/thing/1", json={"id": "1"})
    confidential_client = globus_sdk.ConfidentialAppAuthClient(
        CONFIDENTIAL_CLIENT_ID, CLIENT_SECRET
    )
    authorizer = globus_sdk.ClientCredentialsAuthorizer(
        confidential_client, TransferScopes.all
    )
    ResourceClient(authorizer=authorizer).get_thing("1")

    sent = calls()
    assert sent[0][:2] == ("POST", f"{AUTH}/v2/oauth2/token")
    assert sent[0][2] is not None and sent[0][2].startswith("Basic ")
    assert sent[1] == ("GET", f"{RESOURCE}/thing/1", "Bearer cc-access-token")
    assert forms() == [
        "grant_type=client_credentials&scope=urn%3Aglobus%3Aauth%3Ascope%3A"
        "transfer.api.globus.org%3Aall"
    ]


def test_client_credentials_authorizer_401_then_retry():
    responses.add("POST", f"{AUTH}/v2/oauth2/token", json=token_body("cc-token-1"))
    responses.add("POST", f"{AUTH}/v2/oauth2/token", json=token_body("cc-token-2"))
    responses.add("GET", f"{RESOURCE}/thing/1", json={"id": "1"})
    responses.add(
        "GET", f"{RESOURCE}/thing/1", status=401, json={"code": "AuthenticationFailed"}
    )
    responses.add("GET", f"{RESOURCE}/thing/1", json={"id": "1"})
    authorizer = globus_sdk.ClientCredentialsAuthorizer(
        globus_sdk.ConfidentialAppAuthClient(CONFIDENTIAL_CLIENT_ID, CLIENT_SECRET),
        [TransferScopes.all],
    )
    rc = ResourceClient(authorizer=authorizer)
    rc.get_thing("1")
    rc.get_thing("1")

    assert [(m, a) for m, _, a in calls() if m == "GET"] == [
        ("GET", "Bearer cc-token-1"),
        ("GET", "Bearer cc-token-1"),
        ("GET", "Bearer cc-token-2"),
    ]
    assert len(forms()) == 2


def test_client_credentials_scopes_for_two_resource_servers_fail_clearly():
    body = token_body("cc-token")
    body["other_tokens"] = [
        {**token_body("groups-token"), "resource_server": "groups.api.globus.org"}
    ]
    responses.add("POST", f"{AUTH}/v2/oauth2/token", json=body)
    authorizer = globus_sdk.ClientCredentialsAuthorizer(
        globus_sdk.ConfidentialAppAuthClient(CONFIDENTIAL_CLIENT_ID, CLIENT_SECRET),
        "two resource servers",
    )
    with pytest.raises(ValueError, match="exactly one token"):
        authorizer.get_authorization_header()
