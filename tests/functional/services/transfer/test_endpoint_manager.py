"""TransferClient endpoint_manager methods for endpoints, access rules and pause rules
(the task methods are tested in their own module)."""

from __future__ import annotations

import uuid

import globus_sdk
from globus_sdk._testing import load_response

BASE = "https://transfer.api.globus.org/v0.10"


def test_endpoint_manager_monitored_endpoints(client, last_request):
    meta = load_response(client.endpoint_manager_monitored_endpoints).metadata
    res = client.endpoint_manager_monitored_endpoints(query_params={"fields": "id"})

    sent = last_request()
    assert (sent.method, sent.url) == (
        "GET",
        f"{BASE}/endpoint_manager/monitored_endpoints",
    )
    assert sent.query == {"fields": ["id"]}
    assert sent.body is None
    assert sent.authorization == "Bearer mytoken"
    assert isinstance(res, globus_sdk.IterableTransferResponse)
    assert [ep["id"] for ep in res] == meta["endpoint_ids"]


def test_endpoint_manager_hosted_endpoint_list(client, last_request):
    meta = load_response(client.endpoint_manager_hosted_endpoint_list).metadata
    res = client.endpoint_manager_hosted_endpoint_list(meta["endpoint_id"])

    sent = last_request()
    assert (sent.method, sent.url) == (
        "GET",
        f"{BASE}/endpoint_manager/endpoint/{meta['endpoint_id']}/hosted_endpoint_list",
    )
    assert sent.query == {}
    assert sent.body is None
    assert isinstance(res, globus_sdk.IterableTransferResponse)
    assert [ep["id"] for ep in res] == meta["hosted_endpoint_ids"]


def test_endpoint_manager_get_endpoint(client, last_request):
    meta = load_response(client.endpoint_manager_get_endpoint).metadata
    res = client.endpoint_manager_get_endpoint(uuid.UUID(meta["endpoint_id"]))

    sent = last_request()
    assert (sent.method, sent.url) == (
        "GET",
        f"{BASE}/endpoint_manager/endpoint/{meta['endpoint_id']}",
    )
    assert sent.query == {}
    assert sent.body is None
    assert res["id"] == meta["endpoint_id"]


def test_endpoint_manager_acl_list(client, last_request):
    meta = load_response(client.endpoint_manager_acl_list).metadata
    res = client.endpoint_manager_acl_list(meta["endpoint_id"], query_params={"a": "b"})

    sent = last_request()
    assert (sent.method, sent.url) == (
        "GET",
        f"{BASE}/endpoint_manager/endpoint/{meta['endpoint_id']}/access_list",
    )
    assert sent.query == {"a": ["b"]}
    assert sent.body is None
    assert isinstance(res, globus_sdk.IterableTransferResponse)
    assert [r["id"] for r in res] == meta["rule_ids"]


def test_endpoint_manager_pause_rule_list(client, last_request):
    meta = load_response(client.endpoint_manager_pause_rule_list).metadata
    res = client.endpoint_manager_pause_rule_list()

    sent = last_request()
    assert (sent.method, sent.url) == (
        "GET",
        f"{BASE}/endpoint_manager/pause_rule_list",
    )
    assert sent.query == {}
    assert sent.body is None
    assert isinstance(res, globus_sdk.IterableTransferResponse)
    assert [r["id"] for r in res] == meta["pause_rule_ids"]


def test_endpoint_manager_pause_rule_list_filter_endpoint(client, last_request):
    meta = load_response(client.endpoint_manager_pause_rule_list).metadata
    client.endpoint_manager_pause_rule_list(
        filter_endpoint=uuid.UUID(meta["endpoint_id"]), query_params={"x": "1"}
    )
    assert last_request().query == {
        "filter_endpoint": [meta["endpoint_id"]],
        "x": ["1"],
    }


def test_endpoint_manager_create_pause_rule(client, last_request):
    meta = load_response(client.endpoint_manager_create_pause_rule).metadata
    rule = {
        "DATA_TYPE": "pause_rule",
        "message": "maintenance",
        "endpoint_id": meta["endpoint_id"],
        "identity_id": None,
        "modify_enabled": True,
        "read_enabled": False,
    }
    res = client.endpoint_manager_create_pause_rule(rule)

    sent = last_request()
    assert (sent.method, sent.url) == ("POST", f"{BASE}/endpoint_manager/pause_rule")
    assert sent.query == {}
    assert sent.body == rule  # identity_id=None is sent as null
    assert res["id"] == meta["pause_rule_id"]


def test_endpoint_manager_get_pause_rule(client, last_request):
    meta = load_response(client.endpoint_manager_get_pause_rule).metadata
    res = client.endpoint_manager_get_pause_rule(
        meta["pause_rule_id"], query_params={"q": "1"}
    )

    sent = last_request()
    assert (sent.method, sent.url) == (
        "GET",
        f"{BASE}/endpoint_manager/pause_rule/{meta['pause_rule_id']}",
    )
    assert sent.query == {"q": ["1"]}
    assert sent.body is None
    assert res["id"] == meta["pause_rule_id"]
    assert res["endpoint_id"] == meta["endpoint_id"]


def test_endpoint_manager_update_pause_rule(client, last_request):
    meta = load_response(client.endpoint_manager_update_pause_rule).metadata
    res = client.endpoint_manager_update_pause_rule(
        meta["pause_rule_id"], {"message": meta["message"]}
    )

    sent = last_request()
    assert (sent.method, sent.url) == (
        "PUT",
        f"{BASE}/endpoint_manager/pause_rule/{meta['pause_rule_id']}",
    )
    assert sent.query == {}
    assert sent.body == {"message": meta["message"]}
    assert res["message"] == meta["message"]


def test_endpoint_manager_delete_pause_rule(client, last_request):
    meta = load_response(client.endpoint_manager_delete_pause_rule).metadata
    res = client.endpoint_manager_delete_pause_rule(
        meta["pause_rule_id"], query_params={"a": "1"}
    )

    sent = last_request()
    assert (sent.method, sent.url) == (
        "DELETE",
        f"{BASE}/endpoint_manager/pause_rule/{meta['pause_rule_id']}",
    )
    assert sent.query == {"a": ["1"]}
    assert sent.body is None
    assert res["code"] == "Deleted"
