"""OAuthTokenResponse and its subclasses, built from canned HTTP responses."""

from __future__ import annotations

import json
import time

import pytest
import requests

import globus_sdk
from globus_sdk.services.auth.response.oauth import _ByScopesGetter


def make_response(body, cls=globus_sdk.OAuthTokenResponse, status=200):
    r = requests.Response()
    r.status_code = status
    r._content = json.dumps(body).encode()
    r.headers["Content-Type"] = "application/json"
    return cls(r)


def token_doc(rs, scope, access_token, refresh_token=None, expires_in=3600):
    return {
        "resource_server": rs,
        "scope": scope,
        "access_token": access_token,
        "refresh_token": refresh_token,
        "expires_in": expires_in,
        "token_type": "Bearer",
    }


@pytest.fixture
def body():
    return {
        **token_doc("auth.globus.org", "openid profile email", "auth-at", "auth-rt"),
        "id_token": "header.payload.signature",
        "state": "_default",
        "other_tokens": [
            token_doc(
                "transfer.api.globus.org",
                "urn:globus:auth:scope:transfer.api.globus.org:all",
                "transfer-at",
                expires_in=7200,
            )
        ],
    }


def test_by_resource_server(body):
    before = time.time()
    res = make_response(body)
    after = time.time()
    by_rs = res.by_resource_server
    assert set(by_rs) == {"auth.globus.org", "transfer.api.globus.org"}
    auth = by_rs["auth.globus.org"]
    assert auth == {
        "scope": "openid profile email",
        "access_token": "auth-at",
        "refresh_token": "auth-rt",
        "token_type": "Bearer",
        "expires_at_seconds": auth["expires_at_seconds"],
        "resource_server": "auth.globus.org",
    }
    assert int(before) + 3600 <= auth["expires_at_seconds"] <= int(after) + 3600
    assert by_rs["transfer.api.globus.org"]["refresh_token"] is None
    # the same dict each time
    assert res.by_resource_server is by_rs


def test_expiry_is_relative_to_receipt(body, monkeypatch):
    res = make_response(body)
    received = res.by_resource_server["auth.globus.org"]["expires_at_seconds"]
    fresh = make_response(body)
    monkeypatch.setattr(time, "time", lambda: 10.0**10)
    # reading it later does not move the expiry
    assert fresh.by_resource_server["auth.globus.org"]["expires_at_seconds"] == received


def test_by_scopes(body):
    res = make_response(body)
    by_scopes = res.by_scopes
    assert isinstance(by_scopes, _ByScopesGetter)
    auth = res.by_resource_server["auth.globus.org"]
    assert by_scopes["openid"] is auth
    assert by_scopes["profile openid"] is auth
    assert by_scopes["  email  "] is auth
    assert "openid email" in by_scopes
    assert "openid urn:globus:auth:scope:transfer.api.globus.org:all" not in by_scopes
    assert sorted(by_scopes) == sorted(
        [
            "openid",
            "profile",
            "email",
            "urn:globus:auth:scope:transfer.api.globus.org:all",
        ]
    )
    with pytest.raises(KeyError, match="not found"):
        by_scopes["nonexistent"]
    with pytest.raises(KeyError, match="exactly one token"):
        by_scopes["openid urn:globus:auth:scope:transfer.api.globus.org:all"]
    with pytest.raises(KeyError, match="did not match exactly one"):
        by_scopes[""]
    with pytest.raises(KeyError, match="non-string"):
        by_scopes[1]  # type: ignore[index]
    assert 1 not in by_scopes


def test_str_and_repr_mask_tokens(body):
    res = make_response(body)
    for text in (str(res), repr(res), str(res.by_scopes), repr(res.by_scopes)):
        for secret in ("auth-at", "auth-rt", "transfer-at", "header.payload.signature"):
            assert secret not in text
    shown = json.loads(str(res))
    assert shown["auth.globus.org"]["access_token"] == "***"
    assert shown["transfer.api.globus.org"]["refresh_token"] is None
    assert json.loads(str(res.by_scopes))["openid"]["refresh_token"] == "***"


def test_dependent_token_response():
    res = make_response(
        [
            token_doc("groups.api.globus.org", "urn:groups:all", "g-at", "g-rt"),
            token_doc("transfer.api.globus.org", "urn:transfer:all", "t-at"),
        ],
        cls=globus_sdk.OAuthDependentTokenResponse,
    )
    assert set(res.by_resource_server) == {
        "groups.api.globus.org",
        "transfer.api.globus.org",
    }
    assert res.by_scopes["urn:groups:all"]["refresh_token"] == "g-rt"
    assert "g-at" not in str(res)
    with pytest.raises(NotImplementedError, match="id_token"):
        res.decode_id_token()


@pytest.mark.parametrize(
    "body",
    [
        {},
        None,
        [],
        "text",
        {"access_token": "x"},
        {"resource_server": "rs", "other_tokens": "not-a-list"},
        {"other_tokens": [None, 3, {"resource_server": "rs"}]},
    ],
)
def test_malformed_bodies_have_no_token_data(body):
    res = make_response(body)
    assert res.by_resource_server == {}
    assert list(res.by_scopes) == []
    assert json.loads(str(res)) == {}


def test_dependent_response_with_an_object_body():
    res = make_response({"error": "x"}, cls=globus_sdk.OAuthDependentTokenResponse)
    assert res.by_resource_server == {}


def test_bad_expires_in_is_treated_as_expired(body):
    body["expires_in"] = "soon"
    res = make_response(body)
    assert (
        res.by_resource_server["auth.globus.org"]["expires_at_seconds"] <= time.time()
    )


@pytest.mark.parametrize("expires_in", [float("inf"), float("nan"), True])
def test_non_finite_expires_in_is_treated_as_expired(body, expires_in):
    # JSON "1e400" and "NaN" decode to inf and nan; int() of them would raise
    body["expires_in"] = expires_in
    res = make_response(body)
    assert (
        res.by_resource_server["auth.globus.org"]["expires_at_seconds"] <= time.time()
    )


def test_subclasses():
    for cls in (
        globus_sdk.OAuthAuthorizationCodeResponse,
        globus_sdk.OAuthRefreshTokenResponse,
        globus_sdk.OAuthClientCredentialsResponse,
        globus_sdk.OAuthDependentTokenResponse,
    ):
        assert issubclass(cls, globus_sdk.OAuthTokenResponse)


def test_decode_id_token_needs_a_client(body):
    res = make_response(body)
    with pytest.raises(globus_sdk.GlobusSDKUsageError, match="client"):
        res.decode_id_token()
