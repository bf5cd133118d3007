"""TransferClient endpoint methods: the exact request sent and the parsed result."""

from __future__ import annotations

import uuid

import pytest
import responses

import globus_sdk
from globus_sdk._testing import get_last_request, load_response
from globus_sdk.exc import RemovedInV4Warning

BASE = "https://transfer.api.globus.org/v0.10"


# ---- get / update / create / delete


def test_get_endpoint(client, last_request):
    meta = load_response(client.get_endpoint).metadata
    res = client.get_endpoint(meta["endpoint_id"])

    sent = last_request()
    assert (sent.method, sent.url) == ("GET", f"{BASE}/endpoint/{meta['endpoint_id']}")
    assert sent.query == {}
    assert sent.body is None
    assert sent.authorization == "Bearer mytoken"
    assert isinstance(res, globus_sdk.GlobusHTTPResponse)
    assert res["id"] == meta["endpoint_id"]
    assert res["DATA_TYPE"] == "endpoint"


def test_get_endpoint_uuid_and_query_params(client, last_request):
    meta = load_response(client.get_endpoint).metadata
    client.get_endpoint(uuid.UUID(meta["endpoint_id"]), query_params={"fields": "id"})

    sent = last_request()
    assert sent.url == f"{BASE}/endpoint/{meta['endpoint_id']}"
    assert sent.query == {"fields": ["id"]}


def test_endpoint_id_is_one_path_segment(client, last_request):
    # an id cannot add path segments or start a query string
    responses.add("GET", f"{BASE}/endpoint/..%2Ftask_list%3Fx%3D1", json={})
    client.get_endpoint("../task_list?x=1")
    sent = last_request()
    assert sent.url == f"{BASE}/endpoint/..%2Ftask_list%3Fx%3D1"
    assert sent.query == {}


def test_update_endpoint(client, last_request):
    meta = load_response(client.update_endpoint).metadata
    res = client.update_endpoint(
        meta["endpoint_id"], {"display_name": "New Name"}, query_params={"x": "y"}
    )

    sent = last_request()
    assert (sent.method, sent.url) == ("PUT", f"{BASE}/endpoint/{meta['endpoint_id']}")
    assert sent.query == {"x": ["y"]}
    assert sent.body == {"display_name": "New Name"}
    assert sent.authorization == "Bearer mytoken"
    assert res["code"] == "Updated"


@pytest.mark.parametrize(
    "data, expect_body",
    [
        (
            {"myproxy_server": "myproxy.example.org"},
            {"myproxy_server": "myproxy.example.org", "oauth_server": None},
        ),
        (
            {"oauth_server": "oauth.example.org"},
            {"oauth_server": "oauth.example.org", "myproxy_server": None},
        ),
    ],
)
def test_update_endpoint_one_identity_provider(client, last_request, data, expect_body):
    meta = load_response(client.update_endpoint).metadata
    original = dict(data)
    client.update_endpoint(meta["endpoint_id"], data)

    assert last_request().body == expect_body
    assert data == original  # the caller's dict is not modified


def test_update_endpoint_both_identity_providers(client, last_request):
    load_response(client.update_endpoint)
    with pytest.raises(globus_sdk.GlobusSDKUsageError, match="multiple identity"):
        client.update_endpoint(
            "x", {"myproxy_server": "m.example.org", "oauth_server": "o.example.org"}
        )
    assert get_last_request() is None


def test_create_endpoint(client, last_request):
    meta = load_response(client.create_endpoint).metadata
    res = client.create_endpoint({"display_name": "gcp", "is_globus_connect": True})

    sent = last_request()
    assert (sent.method, sent.url) == ("POST", f"{BASE}/endpoint")
    assert sent.query == {}
    assert sent.body == {"display_name": "gcp", "is_globus_connect": True}
    assert sent.authorization == "Bearer mytoken"
    assert res["id"] == meta["endpoint_id"]
    assert res["code"] == "Created"


def test_create_endpoint_both_identity_providers(client):
    with pytest.raises(globus_sdk.GlobusSDKUsageError, match="multiple identity"):
        client.create_endpoint(
            {"display_name": "x", "myproxy_server": "m", "oauth_server": "o"}
        )
    assert get_last_request() is None


def test_delete_endpoint(client, last_request):
    meta = load_response(client.delete_endpoint).metadata
    res = client.delete_endpoint(meta["endpoint_id"])

    sent = last_request()
    assert (sent.method, sent.url) == (
        "DELETE",
        f"{BASE}/endpoint/{meta['endpoint_id']}",
    )
    assert sent.query == {}
    assert sent.body is None
    assert res["code"] == "Deleted"


# ---- endpoint search


def test_endpoint_search(client, last_request):
    meta = load_response(client.endpoint_search).metadata
    res = client.endpoint_search("tutorial")

    sent = last_request()
    assert (sent.method, sent.url) == ("GET", f"{BASE}/endpoint_search")
    assert sent.query == {"filter_fulltext": ["tutorial"]}
    assert sent.body is None
    assert sent.authorization == "Bearer mytoken"
    assert isinstance(res, globus_sdk.IterableTransferResponse)
    assert [ep["id"] for ep in res] == meta["endpoint_ids"]


def test_endpoint_search_all_filters(client, last_request):
    load_response(client.endpoint_search)
    client.endpoint_search(
        filter_fulltext="data",
        filter_scope="my-endpoints",
        filter_owner_id="1d1d1d1d-0000-4000-8000-000000000001",
        filter_host_endpoint=uuid.UUID("e0e0e0e0-0000-4000-8000-000000000002"),
        filter_non_functional=True,
        filter_entity_type="GCSv5_mapped_collection",
        limit=25,
        offset=50,
        query_params={"fields": "id", "limit": 1},
    )
    assert last_request().query == {
        "fields": ["id"],
        "filter_fulltext": ["data"],
        "filter_scope": ["my-endpoints"],
        "filter_owner_id": ["1d1d1d1d-0000-4000-8000-000000000001"],
        "filter_host_endpoint": ["e0e0e0e0-0000-4000-8000-000000000002"],
        "filter_non_functional": ["1"],
        "filter_entity_type": ["GCSv5_mapped_collection"],
        "limit": ["25"],  # the named parameter wins over query_params
        "offset": ["50"],
    }


def test_endpoint_search_non_functional_false(client, last_request):
    load_response(client.endpoint_search)
    client.endpoint_search(filter_non_functional=False, filter_scope="all")
    assert last_request().query == {
        "filter_non_functional": ["0"],
        "filter_scope": ["all"],
    }


def test_endpoint_search_query_params_not_modified(client, last_request):
    load_response(client.endpoint_search)
    params = {"limit": 7}
    client.endpoint_search("x", query_params=params)
    assert params == {"limit": 7}
    assert last_request().query == {"filter_fulltext": ["x"], "limit": ["7"]}


def test_endpoint_search_paginated(client, sent_requests):
    meta = load_response(client.endpoint_search, case="paginated").metadata
    items = list(client.paginated.endpoint_search(meta["filter_fulltext"]).items())

    assert [ep["id"] for ep in items] == meta["endpoint_ids"]
    assert [r.query for r in sent_requests()] == [
        {"filter_fulltext": ["tutorial"], "limit": ["100"]},
        {"filter_fulltext": ["tutorial"], "limit": ["100"], "offset": ["2"]},
    ]


# ---- activation (deprecated)


def test_endpoint_autoactivate(client, last_request):
    meta = load_response(client.endpoint_autoactivate).metadata
    with pytest.warns(RemovedInV4Warning, match="endpoint_autoactivate"):
        res = client.endpoint_autoactivate(meta["endpoint_id"], if_expires_in=3600)

    sent = last_request()
    assert (sent.method, sent.url) == (
        "POST",
        f"{BASE}/endpoint/{meta['endpoint_id']}/autoactivate",
    )
    assert sent.query == {"if_expires_in": ["3600"]}
    assert sent.body is None
    assert sent.authorization == "Bearer mytoken"
    assert res["code"] == "AlreadyActivated"


def test_endpoint_autoactivate_no_expiry(client, last_request):
    meta = load_response(client.endpoint_autoactivate).metadata
    with pytest.warns(RemovedInV4Warning):
        client.endpoint_autoactivate(meta["endpoint_id"])
    assert last_request().query == {}


def test_endpoint_deactivate(client, last_request):
    meta = load_response(client.endpoint_deactivate).metadata
    with pytest.warns(RemovedInV4Warning, match="endpoint_deactivate"):
        res = client.endpoint_deactivate(meta["endpoint_id"])

    sent = last_request()
    assert (sent.method, sent.url) == (
        "POST",
        f"{BASE}/endpoint/{meta['endpoint_id']}/deactivate",
    )
    assert sent.query == {}
    assert sent.body is None
    assert res["code"] == "Deactivated"


def test_endpoint_activate(client, last_request):
    meta = load_response(client.endpoint_activate).metadata
    requirements = {"DATA_TYPE": "activation_requirements", "DATA": []}
    with pytest.warns(RemovedInV4Warning, match="endpoint_activate"):
        res = client.endpoint_activate(
            meta["endpoint_id"], requirements_data=requirements
        )

    sent = last_request()
    assert (sent.method, sent.url) == (
        "POST",
        f"{BASE}/endpoint/{meta['endpoint_id']}/activate",
    )
    assert sent.query == {}
    assert sent.body == requirements
    assert res["code"] == "Activated.MyProxyCredential"


def test_endpoint_activate_without_requirements(client, last_request):
    meta = load_response(client.endpoint_activate).metadata
    with pytest.warns(RemovedInV4Warning):
        client.endpoint_activate(meta["endpoint_id"], requirements_data=None)
    assert last_request().body is None


def test_endpoint_get_activation_requirements(client, last_request):
    meta = load_response(client.endpoint_get_activation_requirements).metadata
    with pytest.warns(RemovedInV4Warning, match="endpoint_get_activation_requirements"):
        res = client.endpoint_get_activation_requirements(meta["endpoint_id"])

    sent = last_request()
    assert (sent.method, sent.url) == (
        "GET",
        f"{BASE}/endpoint/{meta['endpoint_id']}/activation_requirements",
    )
    assert sent.query == {}
    assert sent.body is None
    assert isinstance(res, globus_sdk.ActivationRequirementsResponse)
    assert res.always_activated
    assert res.supports_auto_activation


def test_my_effective_pause_rule_list(client, last_request):
    meta = load_response(client.my_effective_pause_rule_list).metadata
    res = client.my_effective_pause_rule_list(
        meta["endpoint_id"], query_params={"a": "b"}
    )

    sent = last_request()
    assert (sent.method, sent.url) == (
        "GET",
        f"{BASE}/endpoint/{meta['endpoint_id']}/my_effective_pause_rule_list",
    )
    assert sent.query == {"a": ["b"]}
    assert sent.body is None
    assert isinstance(res, globus_sdk.IterableTransferResponse)
    assert [r["id"] for r in res] == meta["pause_rule_ids"]


# ---- endpoint servers (deprecated)


def test_endpoint_server_list(client, last_request):
    meta = load_response(client.endpoint_server_list).metadata
    with pytest.warns(RemovedInV4Warning, match="endpoint_server_list"):
        res = client.endpoint_server_list(meta["endpoint_id"])

    sent = last_request()
    assert (sent.method, sent.url) == (
        "GET",
        f"{BASE}/endpoint/{meta['endpoint_id']}/server_list",
    )
    assert sent.query == {}
    assert sent.body is None
    assert isinstance(res, globus_sdk.IterableTransferResponse)
    assert [s["id"] for s in res] == meta["server_ids"]


@pytest.mark.parametrize("as_str", [False, True])
def test_get_endpoint_server(client, last_request, as_str):
    meta = load_response(client.get_endpoint_server).metadata
    server_id = str(meta["server_id"]) if as_str else meta["server_id"]
    with pytest.warns(RemovedInV4Warning, match="get_endpoint_server"):
        res = client.get_endpoint_server(
            meta["endpoint_id"], server_id, query_params={"q": "1"}
        )

    sent = last_request()
    assert (sent.method, sent.url) == (
        "GET",
        f"{BASE}/endpoint/{meta['endpoint_id']}/server/{meta['server_id']}",
    )
    assert sent.query == {"q": ["1"]}
    assert sent.body is None
    assert res["id"] == meta["server_id"]


def test_add_endpoint_server(client, last_request):
    meta = load_response(client.add_endpoint_server).metadata
    with pytest.warns(RemovedInV4Warning, match="add_endpoint_server"):
        res = client.add_endpoint_server(
            meta["endpoint_id"], {"hostname": "gridftp.example.org"}
        )

    sent = last_request()
    assert (sent.method, sent.url) == (
        "POST",
        f"{BASE}/endpoint/{meta['endpoint_id']}/server",
    )
    assert sent.query == {}
    assert sent.body == {"hostname": "gridftp.example.org"}
    assert res["id"] == meta["server_id"]


def test_update_endpoint_server(client, last_request):
    meta = load_response(client.update_endpoint_server).metadata
    with pytest.warns(RemovedInV4Warning, match="update_endpoint_server"):
        res = client.update_endpoint_server(
            meta["endpoint_id"], meta["server_id"], {"port": 2812}
        )

    sent = last_request()
    assert (sent.method, sent.url) == (
        "PUT",
        f"{BASE}/endpoint/{meta['endpoint_id']}/server/{meta['server_id']}",
    )
    assert sent.query == {}
    assert sent.body == {"port": 2812}
    assert res["code"] == "Updated"


def test_delete_endpoint_server(client, last_request):
    meta = load_response(client.delete_endpoint_server).metadata
    with pytest.warns(RemovedInV4Warning, match="delete_endpoint_server"):
        res = client.delete_endpoint_server(meta["endpoint_id"], meta["server_id"])

    sent = last_request()
    assert (sent.method, sent.url) == (
        "DELETE",
        f"{BASE}/endpoint/{meta['endpoint_id']}/server/{meta['server_id']}",
    )
    assert sent.query == {}
    assert sent.body is None
    assert res["code"] == "Deleted"


# ---- subscriptions


@pytest.mark.parametrize(
    "subscription_id, expect",
    [
        (
            "5b5b5b5b-0000-4000-8000-000000000001",
            "5b5b5b5b-0000-4000-8000-000000000001",
        ),
        (
            uuid.UUID("5b5b5b5b-0000-4000-8000-000000000001"),
            "5b5b5b5b-0000-4000-8000-000000000001",
        ),
        ("DEFAULT", "DEFAULT"),
        (None, None),
    ],
)
def test_set_subscription_id(client, last_request, subscription_id, expect):
    meta = load_response(client.set_subscription_id).metadata
    res = client.set_subscription_id(meta["endpoint_id"], subscription_id)

    sent = last_request()
    assert (sent.method, sent.url) == (
        "PUT",
        f"{BASE}/endpoint/{meta['endpoint_id']}/subscription",
    )
    assert sent.query == {}
    assert sent.body == {"subscription_id": expect}
    assert sent.authorization == "Bearer mytoken"
    assert res["code"] == "Updated"


@pytest.mark.parametrize(
    "case, status",
    [("multi_subscriber_cannot_use_default", 400), ("not_found", 404)],
)
def test_set_subscription_id_errors(client, case, status):
    meta = load_response(client.set_subscription_id, case=case).metadata
    with pytest.raises(globus_sdk.TransferAPIError) as excinfo:
        client.set_subscription_id(meta["endpoint_id"], "DEFAULT")
    assert excinfo.value.http_status == status
    for subscription_id in meta.get("subscription_ids", []):
        assert subscription_id in excinfo.value.message


@pytest.mark.parametrize("verified", [True, False])
def test_set_subscription_admin_verified(client, last_request, verified):
    meta = load_response(client.set_subscription_admin_verified).metadata
    res = client.set_subscription_admin_verified(meta["endpoint_id"], verified)

    sent = last_request()
    assert (sent.method, sent.url) == (
        "PUT",
        f"{BASE}/endpoint/{meta['endpoint_id']}/subscription_admin_verified",
    )
    assert sent.query == {}
    assert sent.body == {"subscription_admin_verified": verified}
    assert res["code"] == "Updated"


@pytest.mark.parametrize(
    "case, status, code",
    [
        ("no_admin_role", 403, "PermissionDenied"),
        ("no_identities_in_session", 403, "PermissionDenied"),
        ("non_subscribed_endpoint", 400, "BadRequest"),
        ("non_valid_verified_status", 400, "BadRequest"),
    ],
)
def test_set_subscription_admin_verified_errors(client, case, status, code):
    meta = load_response(client.set_subscription_admin_verified, case=case).metadata
    with pytest.raises(globus_sdk.TransferAPIError) as excinfo:
        client.set_subscription_admin_verified(meta["endpoint_id"], True)
    assert (excinfo.value.http_status, excinfo.value.code) == (status, code)
    if "subscription_id" in meta:
        assert meta["subscription_id"] in excinfo.value.message


# ---- shared endpoints


def test_my_shared_endpoint_list(client, last_request):
    meta = load_response(client.my_shared_endpoint_list).metadata
    res = client.my_shared_endpoint_list(meta["endpoint_id"])

    sent = last_request()
    assert (sent.method, sent.url) == (
        "GET",
        f"{BASE}/endpoint/{meta['endpoint_id']}/my_shared_endpoint_list",
    )
    assert sent.query == {}
    assert sent.body is None
    assert isinstance(res, globus_sdk.IterableTransferResponse)
    assert [ep["id"] for ep in res] == meta["shared_endpoint_ids"]


def test_get_shared_endpoint_list(client, last_request):
    meta = load_response(client.get_shared_endpoint_list).metadata
    res = client.get_shared_endpoint_list(
        meta["endpoint_id"], max_results=10, next_token="tok-1"
    )

    sent = last_request()
    assert (sent.method, sent.url) == (
        "GET",
        f"{BASE}/endpoint/{meta['endpoint_id']}/shared_endpoint_list",
    )
    assert sent.query == {"max_results": ["10"], "next_token": ["tok-1"]}
    assert sent.body is None
    # the list is under "shared_endpoints", which iteration follows
    assert [ep["id"] for ep in res] == meta["shared_endpoint_ids"]


def test_get_shared_endpoint_list_paginated(client, sent_requests):
    meta = load_response(client.get_shared_endpoint_list, case="paginated").metadata
    paginator = client.paginated.get_shared_endpoint_list(meta["endpoint_id"])

    assert [ep["id"] for ep in paginator.items()] == meta["shared_endpoint_ids"]
    assert [r.query for r in sent_requests()] == [
        {},
        {"next_token": [meta["next_token"]]},
    ]


def test_create_shared_endpoint(client, last_request):
    meta = load_response(client.create_shared_endpoint).metadata
    doc = {
        "DATA_TYPE": "shared_endpoint",
        "host_endpoint": meta["host_endpoint_id"],
        "host_path": "/~/",
        "display_name": "share",
    }
    res = client.create_shared_endpoint(doc)

    sent = last_request()
    assert (sent.method, sent.url) == ("POST", f"{BASE}/shared_endpoint")
    assert sent.query == {}
    assert sent.body == doc
    assert res["id"] == meta["endpoint_id"]


def test_deprecation_warning_points_at_the_caller(client):
    meta = load_response(client.endpoint_deactivate).metadata
    with pytest.warns(RemovedInV4Warning) as record:
        client.endpoint_deactivate(meta["endpoint_id"])
    assert record[0].filename == __file__
