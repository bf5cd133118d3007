"""AuthClient clients, client credentials and scopes."""

from __future__ import annotations

import uuid

import pytest

import globus_sdk
from globus_sdk._testing import get_response_set, load_response
from globus_sdk.services.auth.response import (
    GetClientCredentialsResponse,
    GetClientsResponse,
    GetScopesResponse,
)

BASE = "https://auth.globus.org"
LINK_FIELDS = ("terms_and_conditions", "privacy_policy")


def expected_client_fields(args: dict) -> dict:
    """The ``client`` document the arguments of a client call produce."""
    fields: dict = {}
    for key, value in args.items():
        if key in LINK_FIELDS:
            fields.setdefault("links", {})[key] = value
        elif key == "additional_fields":
            fields.update(value)
        else:
            fields[key] = str(value) if isinstance(value, uuid.UUID) else value
    return fields


# ---- clients


def test_get_client_by_id(client, last_request):
    meta = load_response(client.get_client).metadata
    res = client.get_client(client_id=meta["client_id"])
    sent = last_request()
    assert (sent.method, sent.url, sent.query) == (
        "GET",
        f"{BASE}/v2/api/clients/{meta['client_id']}",
        {},
    )
    assert sent.body is None
    assert sent.auth_scheme == "Bearer"
    assert res["client"]["id"] == meta["client_id"]


def test_get_client_by_fqdn(client, last_request):
    meta = load_response(client.get_client, case="fqdn").metadata
    res = client.get_client(fqdn=meta["fqdn"])
    sent = last_request()
    assert (sent.method, sent.url, sent.query) == (
        "GET",
        f"{BASE}/v2/api/clients",
        {"fqdn": [meta["fqdn"]]},
    )
    assert res["client"]["id"] == meta["client_id"]
    assert res["client"]["fqdns"] == [meta["fqdn"]]


@pytest.mark.parametrize("kwargs", [{}, {"client_id": "x", "fqdn": "y"}])
def test_get_client_needs_exactly_one_lookup(client, kwargs):
    with pytest.raises(globus_sdk.GlobusSDKUsageError, match="Exactly one"):
        client.get_client(**kwargs)


def test_get_clients(client, last_request):
    meta = load_response(client.get_clients).metadata
    res = client.get_clients()
    assert (last_request().method, last_request().url) == (
        "GET",
        f"{BASE}/v2/api/clients",
    )
    assert (last_request().query, last_request().body) == ({}, None)
    assert isinstance(res, GetClientsResponse)
    assert [c["id"] for c in res] == meta["client_ids"]


@pytest.mark.parametrize("case", sorted(get_response_set("auth.create_client").cases()))
def test_create_client_cases(client, last_request, case):
    meta = load_response(client.create_client, case=case).metadata
    res = client.create_client(**meta["args"])

    sent = last_request()
    assert (sent.method, sent.url) == ("POST", f"{BASE}/v2/api/clients")
    assert sent.query == {}
    assert sent.auth_scheme == "Bearer"
    assert sent.json == {"client": expected_client_fields(meta["args"])}
    assert res.data == meta["response"]


def test_create_client_all_fields(client, last_request):
    load_response(client.create_client)
    client.create_client(
        "Wire App",
        uuid.UUID(int=1),
        client_type="hybrid_confidential_client_resource_server",
        visibility="private",
        redirect_uris=(u for u in ["https://a.example.org/cb"]),
        terms_and_conditions="https://a.example.org/tos",
        privacy_policy="https://a.example.org/privacy",
        required_idp=uuid.UUID(int=2),
        preselect_idp=str(uuid.UUID(int=3)),
        additional_fields={"userinfo_from_effective_identity": True},
    )
    assert last_request().json == {
        "client": {
            "name": "Wire App",
            "project": str(uuid.UUID(int=1)),
            "client_type": "hybrid_confidential_client_resource_server",
            "visibility": "private",
            "redirect_uris": ["https://a.example.org/cb"],
            "links": {
                "terms_and_conditions": "https://a.example.org/tos",
                "privacy_policy": "https://a.example.org/privacy",
            },
            "required_idp": str(uuid.UUID(int=2)),
            "preselect_idp": str(uuid.UUID(int=3)),
            "userinfo_from_effective_identity": True,
        }
    }


@pytest.mark.parametrize(
    "kwargs, match",
    [
        ({}, "Must specify either"),
        ({"public_client": True, "client_type": "client_identity"}, "both"),
        ({"public_client": True, "terms_and_conditions": "https://t"}, "both be set"),
        ({"public_client": True, "privacy_policy": "https://p"}, "both be set"),
    ],
)
def test_create_client_usage_errors(client, kwargs, match):
    with pytest.raises(globus_sdk.GlobusSDKUsageError, match=match):
        client.create_client("X", str(uuid.UUID(int=1)), **kwargs)


@pytest.mark.parametrize("case", sorted(get_response_set("auth.update_client").cases()))
def test_update_client_cases(client, last_request, case):
    meta = load_response(client.update_client, case=case).metadata
    args = dict(meta["args"])
    client_id = args.pop("client_id")
    res = client.update_client(client_id, **args)

    sent = last_request()
    assert (sent.method, sent.url) == ("PUT", f"{BASE}/v2/api/clients/{client_id}")
    assert sent.query == {}
    assert sent.json == {"client": expected_client_fields(args)}
    assert res.data == meta["response"]


def test_update_client_clears_links_and_idps(client, last_request):
    client_id = load_response(client.update_client).metadata["args"]["client_id"]
    client.update_client(
        client_id,
        terms_and_conditions=None,
        privacy_policy=None,
        required_idp=None,
        preselect_idp=None,
        additional_fields={"extra": "x"},
    )
    assert last_request().json == {
        "client": {
            "links": {"terms_and_conditions": None, "privacy_policy": None},
            "required_idp": None,
            "preselect_idp": None,
            "extra": "x",
        }
    }
    client.update_client(client_id)
    assert last_request().json == {"client": {}}


def test_update_client_links_must_be_given_together(client):
    with pytest.raises(globus_sdk.GlobusSDKUsageError, match="both be set"):
        client.update_client(str(uuid.UUID(int=1)), terms_and_conditions="https://t")


def test_delete_client(client, last_request):
    meta = load_response(client.delete_client).metadata
    res = client.delete_client(meta["client_id"])
    sent = last_request()
    assert (sent.method, sent.url) == (
        "DELETE",
        f"{BASE}/v2/api/clients/{meta['client_id']}",
    )
    assert (sent.query, sent.body) == ({}, None)
    assert res["client"]["id"] == meta["client_id"]


# ---- client credentials


def test_get_client_credentials(client, last_request):
    meta = load_response(client.get_client_credentials).metadata
    res = client.get_client_credentials(meta["client_id"])
    sent = last_request()
    assert (sent.method, sent.url) == (
        "GET",
        f"{BASE}/v2/api/clients/{meta['client_id']}/credentials",
    )
    assert (sent.query, sent.body) == ({}, None)
    assert isinstance(res, GetClientCredentialsResponse)
    assert [c["id"] for c in res] == [meta["credential_id"]]


@pytest.mark.parametrize("case", ["default", "name"])
def test_create_client_credential(client, last_request, case):
    meta = load_response(client.create_client_credential, case=case).metadata
    res = client.create_client_credential(meta["client_id"], meta["name"])
    sent = last_request()
    assert (sent.method, sent.url) == (
        "POST",
        f"{BASE}/v2/api/clients/{meta['client_id']}/credentials",
    )
    assert sent.query == {}
    assert sent.json == {"credential": {"name": meta["name"]}}
    assert res["credential"]["name"] == meta["name"]
    assert "secret" in res["credential"]


def test_delete_client_credential(client, last_request):
    meta = load_response(client.delete_client_credential).metadata
    res = client.delete_client_credential(meta["client_id"], meta["credential_id"])
    sent = last_request()
    assert (sent.method, sent.url) == (
        "DELETE",
        f"{BASE}/v2/api/clients/{meta['client_id']}/credentials/{meta['credential_id']}",
    )
    assert (sent.query, sent.body) == ({}, None)
    assert res["credential"]["id"] == meta["credential_id"]


# ---- scopes


def test_get_scope(client, last_request):
    meta = load_response(client.get_scope).metadata
    res = client.get_scope(meta["scope_id"])
    sent = last_request()
    assert (sent.method, sent.url) == (
        "GET",
        f"{BASE}/v2/api/scopes/{meta['scope_id']}",
    )
    assert (sent.query, sent.body) == ({}, None)
    assert res["scope"]["id"] == meta["scope_id"]


def test_get_scopes(client, last_request):
    meta = load_response(client.get_scopes).metadata
    res = client.get_scopes()
    sent = last_request()
    assert (sent.method, sent.url, sent.query) == ("GET", f"{BASE}/v2/api/scopes", {})
    assert sent.body is None
    assert isinstance(res, GetScopesResponse)
    assert [s["id"] for s in res] == meta["scope_ids"]


def test_get_scopes_by_string(client, last_request):
    meta = load_response(client.get_scopes, case="string").metadata
    res = client.get_scopes(scope_strings=meta["scope_string"])
    assert last_request().query == {"scope_strings": [meta["scope_string"]]}
    assert [s["scope_string"] for s in res] == [meta["scope_string"]]

    client.get_scopes(scope_strings=[meta["scope_string"], "openid"])
    assert last_request().query == {"scope_strings": [f"{meta['scope_string']},openid"]}


def test_get_scopes_by_id(client, last_request):
    meta = load_response(client.get_scopes, case="id").metadata
    res = client.get_scopes(ids=[uuid.UUID(meta["scope_id"])])
    assert last_request().query == {"ids": [meta["scope_id"]]}
    assert [s["id"] for s in res] == [meta["scope_id"]]

    client.get_scopes(query_params={"ids": meta["scope_id"]})
    assert last_request().query == {"ids": [meta["scope_id"]]}


def test_get_scopes_rejects_strings_and_ids(client):
    with pytest.raises(globus_sdk.GlobusSDKUsageError, match="mutually exclusive"):
        client.get_scopes(scope_strings="openid", ids=str(uuid.UUID(int=1)))


def _expected_scope_body(args: dict) -> dict:
    return {
        k: ([dict(s) for s in v] if k == "dependent_scopes" else v)
        for k, v in args.items()
        if k not in ("client_id", "scope_id")
    }


@pytest.mark.parametrize("case", sorted(get_response_set("auth.create_scope").cases()))
def test_create_scope_cases(client, last_request, case):
    meta = load_response(client.create_scope, case=case).metadata
    res = client.create_scope(**meta["args"])

    sent = last_request()
    client_id = meta["args"]["client_id"]
    assert (sent.method, sent.url) == (
        "POST",
        f"{BASE}/v2/api/clients/{client_id}/scopes",
    )
    assert sent.query == {}
    assert sent.json == {"scope": _expected_scope_body(meta["args"])}
    assert res.data == meta["response"]


def test_create_scope_dependent_scope_spec(client, last_request):
    meta = load_response(client.create_scope).metadata
    client.create_scope(
        meta["args"]["client_id"],
        "N",
        "D",
        "s",
        dependent_scopes=[
            globus_sdk.DependentScopeSpec(uuid.UUID(int=5), True, False),
            globus_sdk.DependentScopeSpec(str(uuid.UUID(int=6)), False, True),
        ],
    )
    assert last_request().json["scope"]["dependent_scopes"] == [
        {
            "scope": str(uuid.UUID(int=5)),
            "optional": True,
            "requires_refresh_token": False,
        },
        {
            "scope": str(uuid.UUID(int=6)),
            "optional": False,
            "requires_refresh_token": True,
        },
    ]


@pytest.mark.parametrize("case", sorted(get_response_set("auth.update_scope").cases()))
def test_update_scope_cases(client, last_request, case):
    meta = load_response(client.update_scope, case=case).metadata
    res = client.update_scope(**meta["args"])

    sent = last_request()
    scope_id = meta["args"]["scope_id"]
    assert (sent.method, sent.url) == ("PUT", f"{BASE}/v2/api/scopes/{scope_id}")
    assert sent.query == {}
    assert sent.json == {"scope": _expected_scope_body(meta["args"])}
    assert res.data == meta["response"]


def test_update_scope_empty(client, last_request):
    scope_id = load_response(client.update_scope).metadata["args"]["scope_id"]
    client.update_scope(scope_id)
    assert last_request().json == {"scope": {}}


def test_delete_scope(client, last_request):
    meta = load_response(client.delete_scope).metadata
    res = client.delete_scope(meta["scope_id"])
    sent = last_request()
    assert (sent.method, sent.url) == (
        "DELETE",
        f"{BASE}/v2/api/scopes/{meta['scope_id']}",
    )
    assert (sent.query, sent.body) == ({}, None)
    assert res["scope"]["id"] == meta["scope_id"]
