"""AuthClient as a whole: construction, deprecations, scopes, discovery, errors."""

from __future__ import annotations

import uuid

import pytest
import responses
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey

import globus_sdk
from globus_sdk._testing import load_response
from globus_sdk.exc import RemovedInV4Warning
from globus_sdk.scopes import AuthScopes, Scope

BASE = "https://auth.globus.org"


def test_class_attributes():
    assert globus_sdk.AuthClient.service_name == "auth"
    assert globus_sdk.AuthClient.error_class is globus_sdk.AuthAPIError
    assert globus_sdk.AuthClient.scopes is AuthScopes


def test_default_scope_requirements_are_fresh_lists():
    expected = ["openid", "profile", "email"]
    assert [
        str(s) for s in globus_sdk.AuthClient.default_scope_requirements
    ] == expected
    first = globus_sdk.AuthClient.default_scope_requirements
    first.append(Scope("mutated"))
    # no shared mutable default: the next access is unaffected
    assert [
        str(s) for s in globus_sdk.AuthClient().default_scope_requirements
    ] == expected


@pytest.mark.parametrize(
    "environment, host",
    [
        ("production", "auth.globus.org"),
        ("sandbox", "auth.sandbox.globuscs.info"),
        ("preview", "auth.preview.globus.org"),
    ],
)
def test_environments(environment, host, last_request):
    c = globus_sdk.AuthClient(environment=environment)
    responses.add("GET", f"https://{host}/v2/api/identities", json={"identities": []})
    c.get_identities(ids=str(uuid.UUID(int=1)))
    assert last_request().url == f"https://{host}/v2/api/identities"


def test_client_id_is_deprecated():
    with pytest.warns(RemovedInV4Warning, match="client_id"):
        c = globus_sdk.AuthClient(client_id=uuid.UUID(int=1))
    with pytest.warns(RemovedInV4Warning):
        assert c.client_id == str(uuid.UUID(int=1))
    with pytest.warns(RemovedInV4Warning):
        c.client_id = "other"
    with pytest.warns(RemovedInV4Warning):
        assert c.client_id == "other"


def test_no_client_id_no_warning():
    c = globus_sdk.AuthClient()
    assert c.authorizer is None
    assert c.app_scopes is None


def test_get_openid_configuration(client, last_request):
    meta = load_response(client.get_openid_configuration).metadata
    res = client.get_openid_configuration()
    sent = last_request()
    assert (sent.method, sent.url, sent.auth_scheme) == (
        "GET",
        f"{BASE}/.well-known/openid-configuration",
        "Bearer",
    )
    assert (sent.query, sent.body) == ({}, None)
    assert res["issuer"] == meta["issuer"]


def test_get_jwk(client, sent_requests):
    meta = load_response(client.get_jwk).metadata
    assert client.get_jwk() == {"keys": [meta["jwk"]]}
    key = client.get_jwk(as_pem=True)
    assert isinstance(key, RSAPublicKey)
    config = client.get_openid_configuration()
    assert client.get_jwk(config, as_pem=False) == {"keys": [meta["jwk"]]}
    assert [r.url for r in sent_requests()] == [
        f"{BASE}/.well-known/openid-configuration",
        f"{BASE}/jwk.json",
        f"{BASE}/.well-known/openid-configuration",
        f"{BASE}/jwk.json",
        f"{BASE}/.well-known/openid-configuration",
        f"{BASE}/jwk.json",
    ]
    assert [(r.method, r.query, r.body, r.auth_scheme) for r in sent_requests()] == [
        ("GET", {}, None, "Bearer")
    ] * 6


def test_get_jwk_on_a_foreign_host_gets_no_credentials(client, last_request):
    responses.add("GET", "https://keys.example.org/jwks", json={"keys": []})
    client.get_jwk({"jwks_uri": "https://keys.example.org/jwks"})
    assert last_request().authorization is None


def test_get_jwk_as_pem_without_keys(client):
    responses.add("GET", f"{BASE}/jwk.json", json={"keys": []})
    with pytest.raises(ValueError, match="no key"):
        client.get_jwk({"jwks_uri": f"{BASE}/jwk.json"}, as_pem=True)


@pytest.mark.parametrize(
    "body, code, message, request_id",
    [
        ({"code": "NotFound", "message": "nope"}, "NotFound", "nope", None),
        ({"error": "invalid_grant"}, "invalid_grant", None, None),
        (
            {"error": "invalid_client", "error_description": "Bad client"},
            "invalid_client",
            "Bad client",
            None,
        ),
        (
            {
                "errors": [
                    {"id": "e-1", "code": "NOT_FOUND", "detail": "No such identity"}
                ],
                "error": "not_found",
            },
            "NOT_FOUND",
            "No such identity",
            "e-1",
        ),
    ],
)
def test_errors(client, body, code, message, request_id):
    responses.add("GET", f"{BASE}/v2/api/projects", status=404, json=body)
    with pytest.raises(globus_sdk.AuthAPIError) as excinfo:
        client.get_projects()
    err = excinfo.value
    assert (err.http_status, err.code, err.message, err.request_id) == (
        404,
        code,
        message,
        request_id,
    )
    assert isinstance(err, globus_sdk.GlobusAPIError)


def test_error_with_an_html_body(client):
    responses.add(
        "GET", f"{BASE}/v2/api/projects", status=502, body="<html>Bad Gateway</html>"
    )
    with pytest.raises(globus_sdk.AuthAPIError) as excinfo:
        client.get_projects()
    assert excinfo.value.code == "Error"
    assert excinfo.value.http_status == 502


@pytest.mark.parametrize(
    "method, id_key",
    [
        ("get_project", "project_id"),
        ("get_policy", "policy_id"),
        ("get_scope", "scope_id"),
    ],
)
def test_not_found_fixtures(client, method, id_key):
    meta = load_response(getattr(client, method), case="not_found").metadata
    with pytest.raises(globus_sdk.AuthAPIError) as excinfo:
        getattr(client, method)(meta[id_key])
    err = excinfo.value
    assert (err.http_status, err.code, err.request_id) == (
        meta["http_status"],
        meta["code"],
        meta["error_id"],
    )


def test_get_client_not_found(client):
    meta = load_response(client.get_client, case="not_found").metadata
    with pytest.raises(globus_sdk.AuthAPIError) as excinfo:
        client.get_client(client_id=meta["client_id"])
    assert (excinfo.value.http_status, excinfo.value.request_id) == (
        404,
        meta["error_id"],
    )
