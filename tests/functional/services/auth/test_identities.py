"""AuthClient identity lookups, identity providers, consents and userinfo."""

from __future__ import annotations

import uuid

import pytest
import responses

import globus_sdk
from globus_sdk._testing import load_response
from globus_sdk.exc import RemovedInV4Warning
from globus_sdk.scopes.consents import ConsentForest

BASE = "https://auth.globus.org"


# ---- get_identities


def test_get_identities_by_username(client, last_request):
    meta = load_response(client.get_identities).metadata
    res = client.get_identities(usernames=meta["username"])

    sent = last_request()
    assert (sent.method, sent.url) == ("GET", f"{BASE}/v2/api/identities")
    assert sent.query == {"usernames": [meta["username"]], "provision": ["false"]}
    assert sent.body is None
    assert sent.authorization == "Bearer auth-test-access-token"
    assert isinstance(res, globus_sdk.GetIdentitiesResponse)
    assert [x["id"] for x in res] == [meta["id"]]


def test_get_identities_multiple_usernames_with_provision(client, last_request):
    meta = load_response(client.get_identities, case="multiple").metadata
    res = client.get_identities(usernames=meta["usernames"], provision=True)

    sent = last_request()
    assert sent.query == {
        "usernames": [",".join(meta["usernames"])],
        "provision": ["true"],
    }
    assert [x["username"] for x in res] == meta["usernames"]


def test_get_identities_ids_as_str_uuid_and_iterable(client, last_request):
    meta = load_response(client.get_identities, case="multiple").metadata
    ids = meta["ids"]

    client.get_identities(ids=ids[0])
    assert last_request().query == {"ids": [ids[0]]}

    client.get_identities(ids=uuid.UUID(ids[0]))
    assert last_request().query == {"ids": [ids[0]]}

    client.get_identities(ids=(uuid.UUID(i) if n % 2 else i for n, i in enumerate(ids)))
    # provision is only sent with usernames
    assert last_request().query == {"ids": [",".join(ids)]}


def test_get_identities_both_and_query_params(client, last_request):
    meta = load_response(client.get_identities).metadata
    params = {"include": "identity_provider"}
    client.get_identities(
        usernames=meta["username"], ids=meta["id"], query_params=params
    )

    assert last_request().query == {
        "usernames": [meta["username"]],
        "provision": ["false"],
        "ids": [meta["id"]],
        "include": ["identity_provider"],
    }
    # the caller's dict is not modified
    assert params == {"include": "identity_provider"}


def test_get_identities_empty_lookups_send_nothing(client, last_request):
    load_response(client.get_identities, case="empty")
    res = client.get_identities(usernames=[], ids=[])
    assert last_request().query == {}
    assert list(res) == []


def test_get_identities_identity_cases(client):
    for case in ("globusid", "sirosen"):
        meta = load_response(client.get_identities, case=case).metadata
        res = client.get_identities(usernames=meta["username"])
        (record,) = list(res)
        assert (record["id"], record["organization"]) == (meta["id"], meta["org"])
    meta = load_response(client.get_identities, case="globusid").metadata
    assert meta["username"].startswith(meta["short_username"] + "@")


def test_get_identities_unauthorized(client):
    meta = load_response(client.get_identities, case="unauthorized").metadata
    with pytest.raises(globus_sdk.AuthAPIError) as excinfo:
        client.get_identities(usernames="foo@example.org")
    err = excinfo.value
    assert err.http_status == 401
    assert err.code == "UNAUTHORIZED"
    assert err.request_id == meta["error_id"]
    assert err.message == "Call must be authenticated"


# ---- get_identity_providers


def test_get_identity_providers_by_domains(client, last_request):
    meta = load_response(client.get_identity_providers).metadata
    res = client.get_identity_providers(domains=meta["domains"])

    sent = last_request()
    assert (sent.method, sent.url) == ("GET", f"{BASE}/v2/api/identity_providers")
    assert sent.query == {"domains": [",".join(meta["domains"])]}
    assert sent.body is None
    assert sent.auth_scheme == "Bearer"
    assert isinstance(
        res, globus_sdk.services.auth.response.GetIdentityProvidersResponse
    )
    assert [x["id"] for x in res] == meta["ids"]


@pytest.mark.parametrize("case", ["globusid", "globus_staff"])
def test_get_identity_providers_by_id(client, last_request, case):
    meta = load_response(client.get_identity_providers, case=case).metadata
    res = client.get_identity_providers(ids=uuid.UUID(meta["id"]))
    assert last_request().query == {"ids": [meta["id"]]}
    assert [x["domains"] for x in res] == [meta["domains"]]


def test_get_identity_providers_rejects_domains_and_ids(client, last_request):
    with pytest.raises(globus_sdk.GlobusSDKUsageError, match="mutually exclusive"):
        client.get_identity_providers(domains="example.org", ids=str(uuid.uuid4()))


def test_get_identity_providers_query_params_only(client, last_request):
    load_response(client.get_identity_providers)
    client.get_identity_providers(query_params={"domains": "globusid.org"})
    assert last_request().query == {"domains": ["globusid.org"]}


# ---- get_consents


@pytest.mark.parametrize("all_", [False, True])
def test_get_consents(client, last_request, all_):
    meta = load_response(client.get_consents).metadata
    res = client.get_consents(meta["identity_id"], all=all_)

    sent = last_request()
    assert (sent.method, sent.url) == (
        "GET",
        f"{BASE}/v2/api/identities/{meta['identity_id']}/consents",
    )
    assert sent.query == {"all": [str(all_)]}
    assert sent.body is None
    assert sent.auth_scheme == "Bearer"
    assert isinstance(res, globus_sdk.GetConsentsResponse)
    assert [c["id"] for c in res] == [142632, 142633]

    forest = res.to_forest()
    assert isinstance(forest, ConsentForest)
    assert len(forest.trees) == 1
    assert forest.meets_scope_requirements(
        "urn:globus:auth:scope:transfer.api.globus.org:all"
    )


def test_get_consents_quotes_the_identity_id(client, last_request):
    # an odd id cannot change the route: it stays one path segment
    responses.add("GET", f"{BASE}/v2/api/identities/..%2Fclients/consents", json={})
    client.get_consents("../clients")
    assert last_request().url == f"{BASE}/v2/api/identities/..%2Fclients/consents"


# ---- userinfo


def test_userinfo(client, last_request):
    meta = load_response(client.userinfo).metadata
    res = client.userinfo()

    sent = last_request()
    assert (sent.method, sent.url, sent.query) == (
        "GET",
        f"{BASE}/v2/oauth2/userinfo",
        {},
    )
    assert sent.body is None
    assert sent.auth_scheme == "Bearer"
    assert res["sub"] == meta["id"]
    assert res["preferred_username"] == meta["username"]


@pytest.mark.parametrize("case", ["unauthorized", "forbidden"])
def test_userinfo_errors(client, case):
    meta = load_response(client.userinfo, case=case).metadata
    with pytest.raises(globus_sdk.AuthAPIError) as excinfo:
        client.userinfo()
    err = excinfo.value
    assert (err.http_status, err.code, err.message, err.request_id) == (
        meta["http_status"],
        meta["code"],
        meta["message"],
        meta["error_id"],
    )


def test_oauth2_userinfo_is_a_deprecated_alias(client, last_request):
    meta = load_response(client.oauth2_userinfo).metadata
    with pytest.warns(RemovedInV4Warning, match="userinfo"):
        res = client.oauth2_userinfo()
    sent = last_request()
    assert (sent.method, sent.url, sent.query, sent.body) == (
        "GET",
        f"{BASE}/v2/oauth2/userinfo",
        {},
        None,
    )
    assert sent.auth_scheme == "Bearer"
    assert res["sub"] == meta["id"]
    assert res["preferred_username"] == meta["username"]


@pytest.mark.parametrize("case", ["unauthorized", "forbidden"])
def test_oauth2_userinfo_errors(client, case):
    meta = load_response(client.oauth2_userinfo, case=case).metadata
    with pytest.warns(RemovedInV4Warning):
        with pytest.raises(globus_sdk.AuthAPIError) as excinfo:
            client.oauth2_userinfo()
    assert excinfo.value.http_status == meta["http_status"]
