"""TransferClient endpoint roles, access rules (ACLs) and bookmarks."""

from __future__ import annotations

import pytest
import responses

import globus_sdk
from globus_sdk._testing import load_response

BASE = "https://transfer.api.globus.org/v0.10"


# ---- roles


def test_endpoint_role_list(client, last_request):
    meta = load_response(client.endpoint_role_list).metadata
    res = client.endpoint_role_list(meta["endpoint_id"], query_params={"a": "1"})

    sent = last_request()
    assert (sent.method, sent.url) == (
        "GET",
        f"{BASE}/endpoint/{meta['endpoint_id']}/role_list",
    )
    assert sent.query == {"a": ["1"]}
    assert sent.body is None
    assert sent.authorization == "Bearer mytoken"
    assert isinstance(res, globus_sdk.IterableTransferResponse)
    assert [r["id"] for r in res] == meta["role_ids"]


def test_add_endpoint_role(client, last_request):
    meta = load_response(client.add_endpoint_role).metadata
    role = {
        "DATA_TYPE": "role",
        "principal_type": "identity",
        "principal": meta["identity_id"],
        "role": "access_manager",
    }
    res = client.add_endpoint_role(meta["endpoint_id"], role)

    sent = last_request()
    assert (sent.method, sent.url) == (
        "POST",
        f"{BASE}/endpoint/{meta['endpoint_id']}/role",
    )
    assert sent.query == {}
    assert sent.body == role
    assert res["id"] == meta["role_id"]


def test_get_endpoint_role(client, last_request):
    meta = load_response(client.get_endpoint_role).metadata
    res = client.get_endpoint_role(
        meta["endpoint_id"], meta["role_id"], query_params={"q": "1"}
    )

    sent = last_request()
    assert (sent.method, sent.url) == (
        "GET",
        f"{BASE}/endpoint/{meta['endpoint_id']}/role/{meta['role_id']}",
    )
    assert sent.query == {"q": ["1"]}
    assert sent.body is None
    assert res["id"] == meta["role_id"]
    assert res["role"] == "access_manager"


@pytest.mark.parametrize(
    "role_id, quoted",
    [
        ("rôle", "r%C3%B4le"),
        # 3.62 sends a raw "/"; here an id stays one path segment
        ("role id/with space", "role%20id%2Fwith%20space"),
    ],
)
def test_get_endpoint_role_quotes_the_id(client, last_request, role_id, quoted):
    url = f"{BASE}/endpoint/e0e0e0e0-0000-4000-8000-000000000001/role/{quoted}"
    responses.add("GET", url, json={"id": role_id})
    client.get_endpoint_role("e0e0e0e0-0000-4000-8000-000000000001", role_id)
    assert last_request().url == url


def test_delete_endpoint_role(client, last_request):
    meta = load_response(client.delete_endpoint_role).metadata
    res = client.delete_endpoint_role(meta["endpoint_id"], meta["role_id"])

    sent = last_request()
    assert (sent.method, sent.url) == (
        "DELETE",
        f"{BASE}/endpoint/{meta['endpoint_id']}/role/{meta['role_id']}",
    )
    assert sent.query == {}
    assert sent.body is None
    assert res["code"] == "Deleted"


# ---- access rules


def test_endpoint_acl_list(client, last_request):
    meta = load_response(client.endpoint_acl_list).metadata
    res = client.endpoint_acl_list(meta["endpoint_id"], query_params={"limit": 10})

    sent = last_request()
    assert (sent.method, sent.url) == (
        "GET",
        f"{BASE}/endpoint/{meta['endpoint_id']}/access_list",
    )
    assert sent.query == {"limit": ["10"]}
    assert sent.body is None
    assert sent.authorization == "Bearer mytoken"
    assert isinstance(res, globus_sdk.IterableTransferResponse)
    assert [r["id"] for r in res] == meta["rule_ids"]


def test_get_endpoint_acl_rule(client, last_request):
    meta = load_response(client.get_endpoint_acl_rule).metadata
    res = client.get_endpoint_acl_rule(meta["endpoint_id"], meta["rule_id"])

    sent = last_request()
    assert (sent.method, sent.url) == (
        "GET",
        f"{BASE}/endpoint/{meta['endpoint_id']}/access/{meta['rule_id']}",
    )
    assert sent.query == {}
    assert sent.body is None
    assert res["id"] == meta["rule_id"]
    assert res["permissions"] == "rw"


def test_add_endpoint_acl_rule(client, last_request):
    meta = load_response(client.add_endpoint_acl_rule).metadata
    rule = {
        "DATA_TYPE": "access",
        "principal_type": "identity",
        "principal": meta["identity_id"],
        "path": "/dataset1/",
        "permissions": "rw",
    }
    res = client.add_endpoint_acl_rule(meta["endpoint_id"], rule)

    sent = last_request()
    assert (sent.method, sent.url) == (
        "POST",
        f"{BASE}/endpoint/{meta['endpoint_id']}/access",
    )
    assert sent.query == {}
    assert sent.body == rule
    assert sent.authorization == "Bearer mytoken"
    assert res["access_id"] == meta["rule_id"]


def test_update_endpoint_acl_rule(client, last_request):
    meta = load_response(client.update_endpoint_acl_rule).metadata
    res = client.update_endpoint_acl_rule(
        meta["endpoint_id"], meta["rule_id"], {"permissions": "r"}
    )

    sent = last_request()
    assert (sent.method, sent.url) == (
        "PUT",
        f"{BASE}/endpoint/{meta['endpoint_id']}/access/{meta['rule_id']}",
    )
    assert sent.query == {}
    assert sent.body == {"permissions": "r"}
    assert res["code"] == "Updated"


def test_delete_endpoint_acl_rule(client, last_request):
    meta = load_response(client.delete_endpoint_acl_rule).metadata
    res = client.delete_endpoint_acl_rule(meta["endpoint_id"], meta["rule_id"])

    sent = last_request()
    assert (sent.method, sent.url) == (
        "DELETE",
        f"{BASE}/endpoint/{meta['endpoint_id']}/access/{meta['rule_id']}",
    )
    assert sent.query == {}
    assert sent.body is None
    assert res["code"] == "Deleted"


# ---- bookmarks


def test_bookmark_list(client, last_request):
    meta = load_response(client.bookmark_list).metadata
    res = client.bookmark_list(query_params={"filter": "name:Project"})

    sent = last_request()
    assert (sent.method, sent.url) == ("GET", f"{BASE}/bookmark_list")
    assert sent.query == {"filter": ["name:Project"]}
    assert sent.body is None
    assert sent.authorization == "Bearer mytoken"
    assert isinstance(res, globus_sdk.IterableTransferResponse)
    assert [b["id"] for b in res] == meta["bookmark_ids"]


def test_create_bookmark(client, last_request):
    meta = load_response(client.create_bookmark).metadata
    doc = {
        "endpoint_id": meta["endpoint_id"],
        "path": meta["path"],
        "name": meta["name"],
    }
    res = client.create_bookmark(doc)

    sent = last_request()
    assert (sent.method, sent.url) == ("POST", f"{BASE}/bookmark")
    assert sent.query == {}
    assert sent.body == doc
    assert res["id"] == meta["bookmark_id"]


def test_get_bookmark(client, last_request):
    meta = load_response(client.get_bookmark).metadata
    res = client.get_bookmark(meta["bookmark_id"], query_params={"fields": "name"})

    sent = last_request()
    assert (sent.method, sent.url) == ("GET", f"{BASE}/bookmark/{meta['bookmark_id']}")
    assert sent.query == {"fields": ["name"]}
    assert sent.body is None
    assert res["id"] == meta["bookmark_id"]


def test_update_bookmark(client, last_request):
    meta = load_response(client.update_bookmark).metadata
    res = client.update_bookmark(meta["bookmark_id"], {"name": meta["name"]})

    sent = last_request()
    assert (sent.method, sent.url) == ("PUT", f"{BASE}/bookmark/{meta['bookmark_id']}")
    assert sent.query == {}
    assert sent.body == {"name": meta["name"]}
    assert res["name"] == meta["name"]


def test_delete_bookmark(client, last_request):
    meta = load_response(client.delete_bookmark).metadata
    res = client.delete_bookmark(meta["bookmark_id"])

    sent = last_request()
    assert (sent.method, sent.url) == (
        "DELETE",
        f"{BASE}/bookmark/{meta['bookmark_id']}",
    )
    assert sent.query == {}
    assert sent.body is None
    assert res["code"] == "Deleted"
