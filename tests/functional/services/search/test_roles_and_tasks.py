"""SearchClient roles and tasks."""

from __future__ import annotations

import uuid

from globus_sdk._testing import load_response

BASE = "https://search.api.globus.org/v1"


def test_create_role(client, last_request):
    meta = load_response(client.create_role).metadata
    data = {
        "role_name": meta["role_name"],
        "principal": f"urn:globus:auth:identity:{meta['identity_id']}",
    }
    res = client.create_role(meta["index_id"], data, query_params={"x": "1"})

    sent = last_request()
    assert (sent.method, sent.url) == ("POST", f"{BASE}/index/{meta['index_id']}/role")
    assert sent.body == data
    assert sent.query == {"x": ["1"]}
    assert sent.authorization == "Bearer mytoken"
    assert res["id"] == meta["role_id"]
    assert res["role_name"] == meta["role_name"]


def test_get_role_list(client, last_request):
    meta = load_response(client.get_role_list).metadata
    res = client.get_role_list(meta["index_id"], query_params={"x": "1"})

    sent = last_request()
    assert (sent.method, sent.url) == (
        "GET",
        f"{BASE}/index/{meta['index_id']}/role_list",
    )
    assert sent.query == {"x": ["1"]}
    assert [r["id"] for r in res["role_list"]] == meta["role_ids"]
    assert [r["principal"].rsplit(":", 1)[-1] for r in res["role_list"]] == meta[
        "identity_ids"
    ]


def test_delete_role(client, last_request):
    fixture = load_response(client.delete_role)
    meta = fixture.metadata
    res = client.delete_role(meta["index_id"], meta["role_id"])

    sent = last_request()
    assert (sent.method, sent.url) == (
        "DELETE",
        f"{BASE}/index/{meta['index_id']}/role/{meta['role_id']}",
    )
    assert sent.query == {}
    assert sent.body is None
    assert sent.authorization == "Bearer mytoken"
    assert res["deleted"]["id"] == meta["role_id"]
    assert res["deleted"]["principal"].endswith(meta["identity_id"])
    assert res.data == fixture.json


def test_delete_role_query_params(client, last_request):
    meta = load_response(client.delete_role).metadata
    client.delete_role(
        uuid.UUID(meta["index_id"]), meta["role_id"], query_params={"x": "1"}
    )
    sent = last_request()
    assert (sent.method, sent.url) == (
        "DELETE",
        f"{BASE}/index/{meta['index_id']}/role/{meta['role_id']}",
    )
    assert sent.query == {"x": ["1"]}


def test_get_task(client, last_request):
    meta = load_response(client.get_task).metadata
    res = client.get_task(uuid.UUID(meta["task_id"]), query_params={"a": "b"})

    sent = last_request()
    assert (sent.method, sent.url) == ("GET", f"{BASE}/task/{meta['task_id']}")
    assert sent.query == {"a": ["b"]}
    assert sent.authorization == "Bearer mytoken"
    assert res["task_id"] == meta["task_id"]
    assert res["index_id"] == meta["index_id"]
    assert res["state"] == "SUCCESS"


def test_get_task_list(client, last_request):
    fixture = load_response(client.get_task_list)
    meta = fixture.metadata
    res = client.get_task_list(meta["index_id"])

    sent = last_request()
    assert (sent.method, sent.url) == ("GET", f"{BASE}/task_list/{meta['index_id']}")
    assert sent.query == {}
    assert sent.body is None
    assert sent.authorization == "Bearer mytoken"
    assert [t["task_id"] for t in res["tasks"]] == meta["task_ids"]
    assert res.data == fixture.json


def test_get_task_list_query_params(client, last_request):
    meta = load_response(client.get_task_list).metadata
    client.get_task_list(uuid.UUID(meta["index_id"]), query_params={"x": "1"})
    sent = last_request()
    assert (sent.method, sent.url) == ("GET", f"{BASE}/task_list/{meta['index_id']}")
    assert sent.query == {"x": ["1"]}
