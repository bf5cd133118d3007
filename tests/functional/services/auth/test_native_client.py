"""NativeAppAuthClient: the PKCE login flow and its token requests."""

from __future__ import annotations

import base64
import hashlib
import urllib.parse
import uuid

import pytest

import globus_sdk
from globus_sdk._testing import get_response_set, load_response
from globus_sdk.scopes import Scope, TransferScopes

BASE = "https://auth.globus.org"
CLIENT_ID = "4a4a4a4a-0000-4000-8000-000000000001"
VERIFIER = "wire-verifier-0123456789abcdefghijklmnopqrstuvwxyz"
CHALLENGE = "SypQffec3-ERQvyo2dsTiHQ-8Ac8hdeOOrWK4qBc1hM"


def parse_url(url: str) -> tuple[str, dict[str, str]]:
    parts = urllib.parse.urlsplit(url)
    query = urllib.parse.parse_qsl(parts.query, keep_blank_values=True)
    assert len({k for k, _ in query}) == len(query)
    return f"{parts.scheme}://{parts.netloc}{parts.path}", dict(query)


def test_start_flow_defaults(native_client):
    flow = native_client.oauth2_start_flow(verifier=VERIFIER)
    assert isinstance(flow, globus_sdk.services.auth.GlobusNativeAppFlowManager)
    assert native_client.current_oauth2_flow_manager is flow
    base, query = parse_url(native_client.oauth2_get_authorize_url())
    assert base == f"{BASE}/v2/oauth2/authorize"
    assert query == {
        "client_id": CLIENT_ID,
        "redirect_uri": f"{BASE}/v2/web/auth-code",
        "scope": "openid profile email urn:globus:auth:scope:transfer.api.globus.org:all",
        "state": "_default",
        "response_type": "code",
        "code_challenge": CHALLENGE,
        "code_challenge_method": "S256",
        "access_type": "online",
    }


def test_start_flow_all_options(native_client):
    native_client.oauth2_start_flow(
        [TransferScopes.all, "openid"],
        redirect_uri="https://app.example.org/callback",
        state="xyz",
        verifier=VERIFIER,
        refresh_tokens=True,
        prefill_named_grant="My Laptop",
    )
    _, query = parse_url(native_client.oauth2_get_authorize_url())
    assert query["scope"] == f"{TransferScopes.all} openid"
    assert query["redirect_uri"] == "https://app.example.org/callback"
    assert query["state"] == "xyz"
    assert query["access_type"] == "offline"
    assert query["prefill_named_grant"] == "My Laptop"


def test_start_flow_scope_objects_and_strings(native_client):
    dependent = Scope(f"https://auth.globus.org/scopes/{uuid.UUID(int=1)}/data_access")
    scope = Scope(
        TransferScopes.all, dependencies=[Scope(str(dependent), optional=True)]
    )
    native_client.oauth2_start_flow([scope, "openid"], verifier=VERIFIER)
    _, query = parse_url(native_client.oauth2_get_authorize_url())
    assert query["scope"] == f"{TransferScopes.all}[*{dependent}] openid"

    native_client.oauth2_start_flow("openid profile", verifier=VERIFIER)
    assert (
        parse_url(native_client.oauth2_get_authorize_url())[1]["scope"]
        == "openid profile"
    )


def test_start_flow_rejects_empty_scopes(native_client):
    with pytest.raises(globus_sdk.GlobusSDKUsageError, match="empty"):
        native_client.oauth2_start_flow([])


@pytest.mark.parametrize(
    "verifier, match",
    [
        ("short", "43-128 characters long: 5"),
        ("x" * 129, "43-128 characters long: 129"),
        ("x" * 42 + "!", "invalid characters"),
        ("x" * 42 + " ", "invalid characters"),
    ],
)
def test_start_flow_rejects_bad_verifiers(native_client, verifier, match):
    with pytest.raises(globus_sdk.GlobusSDKUsageError, match=match):
        native_client.oauth2_start_flow(verifier=verifier)
    assert native_client.current_oauth2_flow_manager is None


def test_random_verifier_and_s256_challenge(native_client):
    flow = native_client.oauth2_start_flow()
    assert 43 <= len(flow.verifier) <= 128
    digest = hashlib.sha256(flow.verifier.encode()).digest()
    assert flow.challenge == base64.urlsafe_b64encode(digest).decode().rstrip("=")
    assert native_client.oauth2_start_flow().verifier != flow.verifier
    # the verifier is a secret: the flow's repr does not show it
    assert flow.verifier not in repr(flow)


def test_authorize_url_session_parameters(native_client):
    native_client.oauth2_start_flow(TransferScopes.all, verifier=VERIFIER)
    url = native_client.oauth2_get_authorize_url(
        session_required_identities=[str(uuid.UUID(int=1)), uuid.UUID(int=2)],
        session_required_single_domain=["example.org", "example.com"],
        session_required_policies=str(uuid.UUID(int=3)),
        session_required_mfa=True,
        session_message="please log in",
        prompt="login",
        query_params={"extra": "param"},
    )
    _, query = parse_url(url)
    assert (
        query["session_required_identities"] == f"{uuid.UUID(int=1)},{uuid.UUID(int=2)}"
    )
    assert query["session_required_single_domain"] == "example.org,example.com"
    assert query["session_required_policies"] == str(uuid.UUID(int=3))
    assert query["session_required_mfa"] == "True"
    assert query["session_message"] == "please log in"
    assert query["prompt"] == "login"
    assert query["extra"] == "param"
    assert query["code_challenge"] == CHALLENGE


def test_authorize_url_single_values(native_client):
    native_client.oauth2_start_flow(TransferScopes.all, verifier=VERIFIER)
    _, query = parse_url(
        native_client.oauth2_get_authorize_url(
            session_required_identities=uuid.UUID(int=1),
            session_required_single_domain="example.org",
            session_required_policies=[str(uuid.UUID(int=3))],
            session_required_mfa=False,
        )
    )
    assert query["session_required_identities"] == str(uuid.UUID(int=1))
    assert query["session_required_single_domain"] == "example.org"
    assert query["session_required_policies"] == str(uuid.UUID(int=3))
    assert query["session_required_mfa"] == "False"
    assert "prompt" not in query and "session_message" not in query


@pytest.mark.parametrize("redirect_uri", [None, "https://app.example.org/callback"])
def test_exchange_code_for_tokens(native_client, last_request, redirect_uri):
    fixture = load_response(native_client.oauth2_exchange_code_for_tokens)
    native_client.oauth2_start_flow(
        TransferScopes.all, verifier=VERIFIER, redirect_uri=redirect_uri
    )
    res = native_client.oauth2_exchange_code_for_tokens("the-auth-code")

    sent = last_request()
    assert (sent.method, sent.url) == ("POST", f"{BASE}/v2/oauth2/token")
    assert sent.query == {}
    assert sent.authorization is None
    assert sent.form == {
        "client_id": CLIENT_ID,
        "grant_type": "authorization_code",
        "code": "the-auth-code",
        "code_verifier": VERIFIER,
        "redirect_uri": redirect_uri or f"{BASE}/v2/web/auth-code",
    }
    assert isinstance(res, globus_sdk.OAuthAuthorizationCodeResponse)
    assert set(res.by_resource_server) == {"transfer.api.globus.org"}
    assert res.by_resource_server["transfer.api.globus.org"]["refresh_token"]
    assert res.data == fixture.json


def test_exchange_code_openid_case(native_client):
    load_response(native_client.oauth2_exchange_code_for_tokens, case="openid")
    native_client.oauth2_start_flow(verifier=VERIFIER)
    res = native_client.oauth2_exchange_code_for_tokens("code")
    assert set(res.by_resource_server) == {"auth.globus.org", "transfer.api.globus.org"}
    assert res["id_token"].count(".") == 2
    assert res.by_scopes["openid profile"] is res.by_resource_server["auth.globus.org"]


def test_exchange_code_invalid_grant(native_client):
    load_response(native_client.oauth2_exchange_code_for_tokens, case="invalid_grant")
    native_client.oauth2_start_flow(verifier=VERIFIER)
    with pytest.raises(globus_sdk.AuthAPIError) as excinfo:
        native_client.oauth2_exchange_code_for_tokens("secret-code-value")
    err = excinfo.value
    assert (err.http_status, err.code) == (401, "invalid_grant")
    assert "secret-code-value" not in str(err)
    assert VERIFIER not in str(err)


def test_oauth2_refresh_token_sends_the_client_id(native_client, last_request):
    meta = load_response(native_client.oauth2_refresh_token).metadata
    res = native_client.oauth2_refresh_token("rt", body_params={"x": "1"})
    sent = last_request()
    assert (sent.method, sent.url, sent.query) == (
        "POST",
        f"{BASE}/v2/oauth2/token",
        {},
    )
    assert sent.form == {
        "client_id": CLIENT_ID,
        "grant_type": "refresh_token",
        "refresh_token": "rt",
        "x": "1",
    }
    assert sent.authorization is None
    assert isinstance(res, globus_sdk.OAuthRefreshTokenResponse)
    assert (
        res.by_resource_server[meta["resource_server"]]["access_token"]
        == meta["access_token"]
    )


def test_validate_and_revoke_send_the_client_id(native_client, last_request):
    validate_meta = load_response(native_client.oauth2_validate_token).metadata
    revoke_fixture = load_response(native_client.oauth2_revoke_token)
    res = native_client.oauth2_validate_token("tok")
    assert last_request().form == {"token": "tok", "client_id": CLIENT_ID}
    sent = last_request()
    assert (sent.method, sent.url, sent.query, sent.authorization) == (
        "POST",
        f"{BASE}/v2/oauth2/token/validate",
        {},
        None,
    )
    assert res["active"] is validate_meta["active"]

    res = native_client.oauth2_revoke_token("tok", body_params={"a": "b"})
    assert last_request().form == {"token": "tok", "client_id": CLIENT_ID, "a": "b"}
    sent = last_request()
    assert (sent.method, sent.url, sent.query, sent.authorization) == (
        "POST",
        f"{BASE}/v2/oauth2/token/revoke",
        {},
        None,
    )
    assert res.data == revoke_fixture.json


def test_discovery_sends_no_credentials(native_client, sent_requests):
    issuer = load_response(native_client.get_openid_configuration).metadata["issuer"]
    jwk_meta = load_response(native_client.get_jwk).metadata
    assert native_client.get_openid_configuration()["issuer"] == issuer
    assert native_client.get_jwk() == {"keys": [jwk_meta["jwk"]]}
    assert [
        (r.method, r.url, r.query, r.body, r.authorization) for r in sent_requests()
    ] == [
        ("GET", f"{BASE}/.well-known/openid-configuration", {}, None, None),
        ("GET", f"{BASE}/.well-known/openid-configuration", {}, None, None),
        ("GET", f"{BASE}/jwk.json", {}, None, None),
    ]


@pytest.mark.parametrize(
    "case", sorted(get_response_set("auth.create_native_app_instance").cases())
)
def test_create_native_app_instance(native_client, last_request, case):
    meta = load_response(native_client.create_native_app_instance, case=case).metadata
    res = native_client.create_native_app_instance(**meta["args"])
    sent = last_request()
    assert (sent.method, sent.url) == ("POST", f"{BASE}/v2/api/clients")
    assert sent.query == {}
    assert sent.authorization is None
    assert sent.json == {
        "client": {
            "template_id": str(meta["args"]["template_id"]),
            "name": meta["args"]["name"],
        }
    }
    assert res.data == meta["response"]


def test_native_client_constructor(native_client):
    assert native_client.client_id == CLIENT_ID
    assert isinstance(native_client.authorizer, globus_sdk.NullAuthorizer)
    c = globus_sdk.NativeAppAuthClient(uuid.UUID(CLIENT_ID), environment="sandbox")
    assert c.client_id == CLIENT_ID
    assert c.base_url.startswith("https://auth.sandbox.globuscs.info")
