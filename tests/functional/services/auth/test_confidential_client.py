"""ConfidentialAppAuthClient: client credentials, code flow, dependent tokens..."""

from __future__ import annotations

import urllib.parse
import uuid

import pytest

import globus_sdk
from globus_sdk._testing import get_response_set, load_response
from globus_sdk.exc import RemovedInV4Warning
from globus_sdk.scopes import GroupsScopes, Scope, TransferScopes

BASE = "https://auth.globus.org"
CLIENT_ID = "ed2e9af6-7e5c-4c9d-a0b2-38d3b7d0e3c4"
CLIENT_SECRET = "s3cr3t-fixture-client-secret"
REDIRECT_URI = "https://portal.example.edu/login/callback"


def test_authenticates_with_basic_auth(confidential_client, last_request):
    meta = load_response(confidential_client.get_openid_configuration).metadata
    res = confidential_client.get_openid_configuration()
    assert last_request().basic_credentials == (CLIENT_ID, CLIENT_SECRET)
    sent = last_request()
    assert (sent.method, sent.url, sent.query, sent.body) == (
        "GET",
        f"{BASE}/.well-known/openid-configuration",
        {},
        None,
    )
    assert res["issuer"] == meta["issuer"]
    assert confidential_client.client_id == CLIENT_ID
    # the secret never shows in the client's or its authorizer's repr
    assert CLIENT_SECRET not in repr(confidential_client)
    assert CLIENT_SECRET not in repr(confidential_client.authorizer)


def test_client_credentials_tokens(confidential_client, last_request):
    meta = load_response(confidential_client.oauth2_client_credentials_tokens).metadata
    res = confidential_client.oauth2_client_credentials_tokens(meta["scope"])

    sent = last_request()
    assert (sent.method, sent.url) == ("POST", f"{BASE}/v2/oauth2/token")
    assert sent.query == {}
    assert sent.form == {"grant_type": "client_credentials", "scope": meta["scope"]}
    assert sent.basic_credentials == (CLIENT_ID, CLIENT_SECRET)
    assert isinstance(res, globus_sdk.OAuthClientCredentialsResponse)
    token_data = res.by_resource_server[meta["resource_server"]]
    assert token_data["access_token"] == meta["access_token"]
    assert meta["resource_server"].startswith(meta["service"])


@pytest.mark.parametrize(
    "scopes, expected",
    [
        (
            None,
            "openid profile email urn:globus:auth:scope:transfer.api.globus.org:all",
        ),
        ([TransferScopes.all, "openid"], f"{TransferScopes.all} openid"),
        (
            Scope(
                TransferScopes.all,
                dependencies=[Scope("https://x.org/s", optional=True)],
            ),
            f"{TransferScopes.all}[*https://x.org/s]",
        ),
    ],
)
def test_client_credentials_scope_forms(
    confidential_client, last_request, scopes, expected
):
    load_response(confidential_client.oauth2_client_credentials_tokens)
    confidential_client.oauth2_client_credentials_tokens(scopes)
    assert last_request().form == {
        "grant_type": "client_credentials",
        "scope": expected,
    }


def test_client_credentials_rejects_empty_scopes(confidential_client):
    with pytest.raises(globus_sdk.GlobusSDKUsageError, match="empty"):
        confidential_client.oauth2_client_credentials_tokens([])


def test_client_credentials_invalid_client(confidential_client):
    meta = load_response(
        confidential_client.oauth2_client_credentials_tokens, case="invalid_client"
    ).metadata
    with pytest.raises(globus_sdk.AuthAPIError) as excinfo:
        confidential_client.oauth2_client_credentials_tokens(TransferScopes.all)
    assert (excinfo.value.http_status, excinfo.value.code) == (
        meta["http_status"],
        meta["code"],
    )
    assert CLIENT_SECRET not in str(excinfo.value)


def test_token_introspect_inactive(confidential_client):
    meta = load_response(
        confidential_client.oauth2_token_introspect, case="inactive"
    ).metadata
    assert (
        confidential_client.oauth2_token_introspect("revoked")["active"]
        is meta["active"]
    )


def test_client_credentials_openid_case(confidential_client):
    load_response(confidential_client.oauth2_client_credentials_tokens, case="openid")
    res = confidential_client.oauth2_client_credentials_tokens("openid profile email")
    assert list(res.by_resource_server) == ["auth.globus.org"]
    assert "id_token" in res


def test_code_flow(confidential_client, last_request):
    flow = confidential_client.oauth2_start_flow(REDIRECT_URI, [TransferScopes.all])
    assert isinstance(flow, globus_sdk.services.auth.GlobusAuthorizationCodeFlowManager)
    url = confidential_client.oauth2_get_authorize_url(
        session_required_identities=str(uuid.UUID(int=1)),
        session_message="m",
        session_required_mfa=True,
        prompt="login",
    )
    parts = urllib.parse.urlsplit(url)
    assert (
        f"{parts.scheme}://{parts.netloc}{parts.path}" == f"{BASE}/v2/oauth2/authorize"
    )
    assert dict(urllib.parse.parse_qsl(parts.query)) == {
        "client_id": CLIENT_ID,
        "redirect_uri": REDIRECT_URI,
        "scope": TransferScopes.all,
        "state": "_default",
        "response_type": "code",
        "access_type": "online",
        "session_required_identities": str(uuid.UUID(int=1)),
        "session_message": "m",
        "session_required_mfa": "True",
        "prompt": "login",
    }
    # no PKCE and no secret in the URL
    assert "code_challenge" not in url and CLIENT_SECRET not in url

    fixture = load_response(confidential_client.oauth2_exchange_code_for_tokens)
    res = confidential_client.oauth2_exchange_code_for_tokens("the-code")
    sent = last_request()
    assert (sent.method, sent.url, sent.query) == (
        "POST",
        f"{BASE}/v2/oauth2/token",
        {},
    )
    assert sent.form == {
        "grant_type": "authorization_code",
        "code": "the-code",
        "redirect_uri": REDIRECT_URI,
    }
    assert sent.basic_credentials == (CLIENT_ID, CLIENT_SECRET)
    assert isinstance(res, globus_sdk.OAuthAuthorizationCodeResponse)
    assert res.data == fixture.json
    assert set(res.by_resource_server) == {"transfer.api.globus.org"}


def test_code_flow_options(confidential_client):
    confidential_client.oauth2_start_flow(
        REDIRECT_URI, "openid email", state="st", refresh_tokens=True
    )
    query = dict(
        urllib.parse.parse_qsl(
            urllib.parse.urlsplit(confidential_client.oauth2_get_authorize_url()).query
        )
    )
    assert (query["scope"], query["state"], query["access_type"]) == (
        "openid email",
        "st",
        "offline",
    )


@pytest.mark.parametrize("case", ["default", "groups", "groups_with_refresh_token"])
def test_dependent_tokens(confidential_client, last_request, case):
    meta = load_response(
        confidential_client.oauth2_get_dependent_tokens, case=case
    ).metadata
    res = confidential_client.oauth2_get_dependent_tokens("incoming-token")

    sent = last_request()
    assert (sent.method, sent.url) == ("POST", f"{BASE}/v2/oauth2/token")
    assert sent.query == {}
    assert sent.form == {
        "grant_type": "urn:globus:auth:grant_type:dependent_token",
        "token": "incoming-token",
    }
    assert sent.basic_credentials == (CLIENT_ID, CLIENT_SECRET)
    assert isinstance(res, globus_sdk.OAuthDependentTokenResponse)
    for rs, data in meta["rs_data"].items():
        got = res.by_resource_server[rs]
        assert got["access_token"] == data["access_token"]
        assert got["refresh_token"] == data["refresh_token"]
    with pytest.raises(NotImplementedError):
        res.decode_id_token()


def test_dependent_tokens_options(confidential_client, last_request):
    load_response(confidential_client.oauth2_get_dependent_tokens)
    confidential_client.oauth2_get_dependent_tokens(
        "tok", refresh_tokens=True, scope=TransferScopes.all
    )
    assert last_request().form == {
        "grant_type": "urn:globus:auth:grant_type:dependent_token",
        "token": "tok",
        "access_type": "offline",
        "scope": TransferScopes.all,
    }
    confidential_client.oauth2_get_dependent_tokens(
        "tok",
        scope=[TransferScopes.all, GroupsScopes.all],
        additional_params={"access_type": "online", "extra": "1"},
    )
    assert last_request().form == {
        "grant_type": "urn:globus:auth:grant_type:dependent_token",
        "token": "tok",
        "access_type": "online",
        "scope": f"{TransferScopes.all} {GroupsScopes.all}",
        "extra": "1",
    }


def test_token_introspect(confidential_client, last_request):
    meta = load_response(confidential_client.oauth2_token_introspect).metadata
    res = confidential_client.oauth2_token_introspect("some-token")
    sent = last_request()
    assert (sent.method, sent.url, sent.query) == (
        "POST",
        f"{BASE}/v2/oauth2/token/introspect",
        {},
    )
    assert sent.form == {"token": "some-token"}
    assert sent.basic_credentials == (CLIENT_ID, CLIENT_SECRET)
    assert (res["client_id"], res["sub"], res["username"]) == (
        meta["client_id"],
        meta["id"],
        meta["username"],
    )
    assert (res["name"], res["email"], res["scope"]) == (
        meta["name"],
        meta["email"],
        meta["scope"],
    )

    confidential_client.oauth2_token_introspect(
        "some-token", include="identity_set", query_params={"q": "1"}
    )
    sent = last_request()
    assert sent.form == {"token": "some-token", "include": "identity_set"}
    assert sent.query == {"q": ["1"]}


def test_validate_and_revoke_authenticate_with_basic(confidential_client, last_request):
    validate_meta = load_response(confidential_client.oauth2_validate_token).metadata
    revoke_fixture = load_response(confidential_client.oauth2_revoke_token)
    res = confidential_client.oauth2_validate_token("tok")
    assert last_request().form == {"token": "tok"}
    assert last_request().auth_scheme == "Basic"
    sent = last_request()
    assert (sent.method, sent.url, sent.query) == (
        "POST",
        f"{BASE}/v2/oauth2/token/validate",
        {},
    )
    assert sent.basic_credentials == (CLIENT_ID, CLIENT_SECRET)
    assert res["active"] is validate_meta["active"]

    res = confidential_client.oauth2_revoke_token("tok")
    assert last_request().form == {"token": "tok"}
    assert last_request().auth_scheme == "Basic"
    sent = last_request()
    assert (sent.method, sent.url, sent.query) == (
        "POST",
        f"{BASE}/v2/oauth2/token/revoke",
        {},
    )
    assert sent.basic_credentials == (CLIENT_ID, CLIENT_SECRET)
    assert res.data == revoke_fixture.json


def test_refresh_token_authenticates_with_basic(confidential_client, last_request):
    meta = load_response(confidential_client.oauth2_refresh_token).metadata
    res = confidential_client.oauth2_refresh_token("rt")
    sent = last_request()
    assert (sent.method, sent.url, sent.query) == (
        "POST",
        f"{BASE}/v2/oauth2/token",
        {},
    )
    assert sent.form == {"grant_type": "refresh_token", "refresh_token": "rt"}
    assert sent.basic_credentials == (CLIENT_ID, CLIENT_SECRET)
    assert isinstance(res, globus_sdk.OAuthRefreshTokenResponse)
    assert (
        res.by_resource_server[meta["resource_server"]]["access_token"]
        == meta["access_token"]
    )


@pytest.mark.parametrize(
    "case", sorted(get_response_set("auth.create_child_client").cases())
)
def test_create_child_client_cases(confidential_client, last_request, case):
    meta = load_response(confidential_client.create_child_client, case=case).metadata
    res = confidential_client.create_child_client(**meta["args"])

    sent = last_request()
    assert (sent.method, sent.url) == ("POST", f"{BASE}/v2/api/clients")
    assert sent.query == {}
    assert sent.auth_scheme == "Basic"
    expected: dict = {}
    for key, value in meta["args"].items():
        if key in ("terms_and_conditions", "privacy_policy"):
            expected.setdefault("links", {})[key] = value
        else:
            expected[key] = value
    assert sent.json == {"client": expected}
    assert res.data == meta["response"]


@pytest.mark.parametrize(
    "kwargs", [{}, {"public_client": True, "client_type": "client_identity"}]
)
def test_create_child_client_kind_errors(confidential_client, kwargs):
    with pytest.raises(globus_sdk.GlobusSDKUsageError):
        confidential_client.create_child_client("child", **kwargs)


def test_get_identities_is_deprecated(confidential_client, last_request):
    meta = load_response(confidential_client.get_identities).metadata
    with pytest.warns(RemovedInV4Warning, match="get_identities"):
        res = confidential_client.get_identities(usernames=[meta["username"]])
    sent = last_request()
    assert (sent.method, sent.url, sent.body) == (
        "GET",
        f"{BASE}/v2/api/identities",
        None,
    )
    assert sent.query == {"usernames": [meta["username"]], "provision": ["false"]}
    assert sent.auth_scheme == "Basic"
    assert [x["id"] for x in res] == [meta["id"]]

    with pytest.warns(RemovedInV4Warning):
        confidential_client.get_identities(ids=meta["id"], provision=True)
    assert last_request().query == {"ids": [meta["id"]]}

    with pytest.warns(RemovedInV4Warning):
        confidential_client.get_identities(usernames=[], ids=[])
    assert last_request().query == {
        "usernames": [""],
        "provision": ["false"],
        "ids": [""],
    }


def test_get_jwk_with_basic_auth(confidential_client, sent_requests):
    meta = load_response(confidential_client.get_jwk).metadata
    assert confidential_client.get_jwk() == {"keys": [meta["jwk"]]}
    assert [r.auth_scheme for r in sent_requests()] == ["Basic", "Basic"]
    assert [(r.method, r.url, r.query, r.body) for r in sent_requests()] == [
        ("GET", f"{BASE}/.well-known/openid-configuration", {}, None),
        ("GET", f"{BASE}/jwk.json", {}, None),
    ]
