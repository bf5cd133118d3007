"""
RefreshTokenAuthorizer and ClientCredentialsAuthorizer driving real login clients:
token requests go through NativeAppAuthClient / ConfidentialAppAuthClient, and a 401
from a resource server leads to one refresh and one retry.
"""

from __future__ import annotations

import json
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


class Recorder:
    """
    Serves queued responses per (method, URL) and records each request as it is sent
    (a retry re-sends the same request object with a new header, so what
    ``responses.calls`` holds afterwards only shows the last header).
    """

    def __init__(self) -> None:
        self.sent: list[tuple[str, str, str | None, str | None]] = []

    def add(self, method: str, url: str, *answers: tuple[int, dict]) -> None:
        queue = list(answers)

        def callback(request):
            body = request.body
            if isinstance(body, bytes):
                body = body.decode()
            self.sent.append(
                (
                    request.method,
                    request.url,
                    request.headers.get("Authorization"),
                    body,
                )
            )
            status, payload = queue.pop(0) if len(queue) > 1 else queue[0]
            return status, {"Content-Type": "application/json"}, json.dumps(payload)

        responses.add_callback(method, url, callback=callback)

    def calls(self) -> list[tuple[str, str, str | None]]:
        return [(m, u, a) for m, u, a, _ in self.sent]

    def forms(self) -> list[str | None]:
        return [b for m, _, _, b in self.sent if m == "POST"]


@pytest.fixture
def server() -> Recorder:
    return Recorder()


UNAUTHORIZED = (401, {"code": "AuthenticationFailed"})
THING = (200, {"id": "1"})


def test_refresh_token_authorizer_gets_its_first_token(server):
    server.add("POST", f"{AUTH}/v2/oauth2/token", (200, token_body("new-access-token")))
    server.add("GET", f"{RESOURCE}/thing/1", THING)
    refreshed = []
    authorizer = globus_sdk.RefreshTokenAuthorizer(
        "my-refresh-token",
        globus_sdk.NativeAppAuthClient(NATIVE_CLIENT_ID),
        on_refresh=refreshed.append,
    )
    assert ResourceClient(authorizer=authorizer).get_thing("1")["id"] == "1"

    assert server.calls() == [
        ("POST", f"{AUTH}/v2/oauth2/token", None),
        ("GET", f"{RESOURCE}/thing/1", "Bearer new-access-token"),
    ]
    assert server.forms() == [
        f"refresh_token=my-refresh-token&grant_type=refresh_token&client_id={NATIVE_CLIENT_ID}"
    ]
    (response,) = refreshed
    assert isinstance(response, globus_sdk.OAuthRefreshTokenResponse)
    assert authorizer.expires_at == pytest.approx(time.time() + 172800, abs=5)


def test_refresh_on_401_then_retry(server):
    server.add("GET", f"{RESOURCE}/thing/1", UNAUTHORIZED, THING)
    server.add(
        "POST",
        f"{AUTH}/v2/oauth2/token",
        (200, token_body("new-access-token", refresh_token="rotated-refresh-token")),
    )
    authorizer = globus_sdk.RefreshTokenAuthorizer(
        "my-refresh-token",
        globus_sdk.ConfidentialAppAuthClient(CONFIDENTIAL_CLIENT_ID, CLIENT_SECRET),
        access_token="old-access-token",
        expires_at=int(time.time()) + 3600,
    )
    assert ResourceClient(authorizer=authorizer).get_thing("1")["id"] == "1"

    sent = server.calls()
    assert [(m, u) for m, u, _ in sent] == [
        ("GET", f"{RESOURCE}/thing/1"),
        ("POST", f"{AUTH}/v2/oauth2/token"),
        ("GET", f"{RESOURCE}/thing/1"),
    ]
    assert sent[0][2] == "Bearer old-access-token"
    assert sent[1][2] is not None and sent[1][2].startswith("Basic ")
    assert sent[2][2] == "Bearer new-access-token"
    assert server.forms() == ["refresh_token=my-refresh-token&grant_type=refresh_token"]
    # Globus Auth rotated the refresh token: the authorizer adopted it
    assert authorizer.refresh_token == "rotated-refresh-token"


def test_a_second_401_is_not_retried_forever(server):
    server.add("GET", f"{RESOURCE}/thing/1", UNAUTHORIZED)
    server.add("POST", f"{AUTH}/v2/oauth2/token", (200, token_body("new-access-token")))
    authorizer = globus_sdk.RefreshTokenAuthorizer(
        "my-refresh-token",
        globus_sdk.NativeAppAuthClient(NATIVE_CLIENT_ID),
        access_token="old-access-token",
        expires_at=int(time.time()) + 3600,
    )
    with pytest.raises(globus_sdk.GlobusAPIError) as excinfo:
        ResourceClient(authorizer=authorizer).get_thing("1")
    assert excinfo.value.http_status == 401
    assert [m for m, _, _ in server.calls()] == ["GET", "POST", "GET"]


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


def test_client_credentials_authorizer(server):
    server.add("POST", f"{AUTH}/v2/oauth2/token", (200, token_body("cc-access-token")))
    server.add("GET", f"{RESOURCE}/thing/1", THING)
    confidential_client = globus_sdk.ConfidentialAppAuthClient(
        CONFIDENTIAL_CLIENT_ID, CLIENT_SECRET
    )
    authorizer = globus_sdk.ClientCredentialsAuthorizer(
        confidential_client, TransferScopes.all
    )
    ResourceClient(authorizer=authorizer).get_thing("1")

    sent = server.calls()
    assert sent[0][:2] == ("POST", f"{AUTH}/v2/oauth2/token")
    assert sent[0][2] is not None and sent[0][2].startswith("Basic ")
    assert sent[1] == ("GET", f"{RESOURCE}/thing/1", "Bearer cc-access-token")
    assert server.forms() == [
        "grant_type=client_credentials&scope=urn%3Aglobus%3Aauth%3Ascope%3A"
        "transfer.api.globus.org%3Aall"
    ]


def test_client_credentials_authorizer_401_then_retry(server):
    server.add(
        "POST",
        f"{AUTH}/v2/oauth2/token",
        (200, token_body("cc-token-1")),
        (200, token_body("cc-token-2")),
    )
    server.add("GET", f"{RESOURCE}/thing/1", THING, UNAUTHORIZED, THING)
    authorizer = globus_sdk.ClientCredentialsAuthorizer(
        globus_sdk.ConfidentialAppAuthClient(CONFIDENTIAL_CLIENT_ID, CLIENT_SECRET),
        [TransferScopes.all],
    )
    rc = ResourceClient(authorizer=authorizer)
    rc.get_thing("1")
    rc.get_thing("1")

    assert [(m, a) for m, _, a in server.calls() if m == "GET"] == [
        ("GET", "Bearer cc-token-1"),
        ("GET", "Bearer cc-token-1"),
        ("GET", "Bearer cc-token-2"),
    ]
    assert len(server.forms()) == 2


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
