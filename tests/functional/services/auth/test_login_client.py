"""AuthLoginClient: the OAuth2 token endpoints and OpenID discovery."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey

import globus_sdk
from globus_sdk._testing import load_response

BASE = "https://auth.globus.org"
CLIENT_ID = "4a4a4a4a-0000-4000-8000-000000000001"


def test_flow_methods_need_a_started_flow(login_client):
    with pytest.raises(globus_sdk.GlobusSDKUsageError, match="oauth2_start_flow"):
        login_client.oauth2_get_authorize_url()
    with pytest.raises(globus_sdk.GlobusSDKUsageError, match="oauth2_start_flow"):
        login_client.oauth2_exchange_code_for_tokens("code")


def test_oauth2_refresh_token(login_client, last_request):
    meta = load_response(login_client.oauth2_refresh_token).metadata
    res = login_client.oauth2_refresh_token("my-refresh-token")

    sent = last_request()
    assert (sent.method, sent.url) == ("POST", f"{BASE}/v2/oauth2/token")
    assert sent.query == {}
    assert sent.form == {
        "grant_type": "refresh_token",
        "refresh_token": "my-refresh-token",
    }
    assert sent.authorization is None
    assert isinstance(res, globus_sdk.OAuthRefreshTokenResponse)
    assert res.client is login_client
    rs_data = res.by_resource_server[meta["resource_server"]]
    assert rs_data["access_token"] == meta["access_token"]


def test_oauth2_refresh_token_body_params(login_client, last_request):
    load_response(login_client.oauth2_refresh_token)
    login_client.oauth2_refresh_token("rt", body_params={"extra": "x"})
    assert last_request().form == {
        "grant_type": "refresh_token",
        "refresh_token": "rt",
        "extra": "x",
    }


def test_oauth2_refresh_token_invalid_grant(login_client):
    load_response(login_client.oauth2_refresh_token, case="invalid_grant")
    with pytest.raises(globus_sdk.AuthAPIError) as excinfo:
        login_client.oauth2_refresh_token("expired-refresh-token")
    assert (excinfo.value.http_status, excinfo.value.code) == (400, "invalid_grant")
    assert "expired-refresh-token" not in str(excinfo.value)


def test_oauth2_validate_token(login_client, last_request):
    meta = load_response(login_client.oauth2_validate_token).metadata
    res = login_client.oauth2_validate_token("tok", body_params={"foo": "bar"})
    sent = last_request()
    assert (sent.method, sent.url) == ("POST", f"{BASE}/v2/oauth2/token/validate")
    assert sent.query == {}
    # no way to authenticate: the client ID goes in the form
    assert sent.form == {"token": "tok", "client_id": CLIENT_ID, "foo": "bar"}
    assert sent.authorization is None
    assert res["active"] is meta["active"]

    meta = load_response(login_client.oauth2_validate_token, case="inactive").metadata
    assert login_client.oauth2_validate_token("tok")["active"] is meta["active"]


def test_oauth2_revoke_token(login_client, last_request):
    fixture = load_response(login_client.oauth2_revoke_token)
    res = login_client.oauth2_revoke_token(
        "tok", body_params={"token_type_hint": "refresh_token"}
    )
    sent = last_request()
    assert (sent.method, sent.url) == ("POST", f"{BASE}/v2/oauth2/token/revoke")
    assert sent.query == {}
    assert sent.form == {
        "token": "tok",
        "client_id": CLIENT_ID,
        "token_type_hint": "refresh_token",
    }
    assert sent.authorization is None
    assert res.http_status == 200
    assert res.data == fixture.json


def test_revoke_without_client_id_or_with_an_authorizer(last_request):
    load_response(globus_sdk.AuthLoginClient.oauth2_revoke_token)
    globus_sdk.AuthLoginClient().oauth2_revoke_token("tok")
    assert last_request().form == {"token": "tok"}

    basic = globus_sdk.BasicAuthorizer("user", "password")
    globus_sdk.AuthLoginClient(
        client_id=CLIENT_ID, authorizer=basic
    ).oauth2_revoke_token("tok")
    sent = last_request()
    # the client authenticates: its ID is not repeated in the form
    assert sent.form == {"token": "tok"}
    assert sent.auth_scheme == "Basic"


def test_oauth2_token(login_client, last_request):
    meta = load_response(login_client.oauth2_token).metadata
    res = login_client.oauth2_token({"grant_type": "password", "username": "u"})
    sent = last_request()
    assert (sent.method, sent.url) == ("POST", f"{BASE}/v2/oauth2/token")
    assert sent.query == {}
    assert sent.form == {"grant_type": "password", "username": "u"}
    assert sent.authorization is None
    assert type(res) is globus_sdk.OAuthTokenResponse
    assert (
        res.by_resource_server[meta["resource_server"]]["access_token"]
        == meta["access_token"]
    )


def test_oauth2_token_payload_wrapper_body_params_and_response_class(
    login_client, last_request
):
    load_response(login_client.oauth2_token)

    class Form(globus_sdk.utils.PayloadWrapper):
        pass

    form = Form()
    form["grant_type"] = "x"
    res = login_client.oauth2_token(
        form,
        body_params={"y": "z"},
        response_class=globus_sdk.OAuthClientCredentialsResponse,
    )
    assert last_request().form == {"grant_type": "x", "y": "z"}
    assert isinstance(res, globus_sdk.OAuthClientCredentialsResponse)


def test_oauth2_token_error(login_client):
    load_response(login_client.oauth2_token, case="unsupported_grant_type")
    with pytest.raises(globus_sdk.AuthAPIError) as excinfo:
        login_client.oauth2_token({"grant_type": "bogus"})
    assert excinfo.value.code == "unsupported_grant_type"


# ---- OpenID discovery


def test_get_openid_configuration(login_client, last_request):
    meta = load_response(login_client.get_openid_configuration).metadata
    res = login_client.get_openid_configuration()
    sent = last_request()
    assert (sent.method, sent.url) == (
        "GET",
        f"{BASE}/.well-known/openid-configuration",
    )
    assert (sent.query, sent.body) == ({}, None)
    assert sent.authorization is None
    assert res["issuer"] == meta["issuer"]


def test_get_jwk_fetches_the_configuration(login_client, sent_requests):
    meta = load_response(login_client.get_jwk).metadata
    jwks = login_client.get_jwk()
    assert [(r.method, r.url) for r in sent_requests()] == [
        ("GET", f"{BASE}/.well-known/openid-configuration"),
        ("GET", f"{BASE}/jwk.json"),
    ]
    assert [(r.query, r.body, r.authorization) for r in sent_requests()] == [
        ({}, None, None)
    ] * 2
    assert jwks == {"keys": [meta["jwk"]]}


def test_get_jwk_as_pem_with_a_given_configuration(login_client, sent_requests):
    load_response(login_client.get_jwk)
    config = load_response(login_client.get_openid_configuration).json
    key = login_client.get_jwk(config, as_pem=True)
    assert [r.url for r in sent_requests()] == [f"{BASE}/jwk.json"]
    assert isinstance(key, RSAPublicKey)
    assert key.key_size == 2048


def test_get_jwk_configuration_without_jwks_uri(login_client):
    with pytest.raises(globus_sdk.GlobusSDKUsageError, match="jwks_uri"):
        login_client.get_jwk({"issuer": "https://auth.globus.org"})


def test_login_clients_refuse_globus_apps(login_client):
    with pytest.raises(globus_sdk.GlobusSDKUsageError):
        login_client.default_scope_requirements  # noqa: B018
    with pytest.raises(globus_sdk.GlobusSDKUsageError, match="GlobusApp"):
        login_client.attach_globus_app(object())  # type: ignore[arg-type]
