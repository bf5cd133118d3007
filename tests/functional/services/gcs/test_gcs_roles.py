"""GCSClient role methods."""

from __future__ import annotations

import responses

import globus_sdk
from globus_sdk._testing import load_response

BASE = "https://abc.xyz.data.globus.org/api"


def test_get_role_list(client, last_request):
    meta = load_response(client.get_role_list).metadata
    res = client.get_role_list()

    sent = last_request()
    assert (sent.method, sent.url) == ("GET", f"{BASE}/roles")
    assert sent.query == {}
    assert sent.body is None
    assert sent.authorization == "Bearer mytoken"
    assert isinstance(res, globus_sdk.IterableGCSResponse)
    assert [r["id"] for r in res] == meta["ids"]


def test_get_role_list_options(client, last_request):
    meta = load_response(client.get_role_list).metadata
    # positional, as in 3.x
    client.get_role_list(meta["collection_id"], "all_roles", 10, "m", {"x": "1"})
    assert last_request().query == {
        "collection_id": [meta["collection_id"]],
        "include": ["all_roles"],
        "page_size": ["10"],
        "marker": ["m"],
        "x": ["1"],
    }


def test_get_role_list_paginated(client):
    collection_id = "c0c0c0c0-0000-4000-8000-000000000001"
    responses.add(
        responses.GET,
        f"{BASE}/roles",
        json={"data": [{"id": "r1"}], "has_next_page": True, "marker": "m-1"},
        match=[
            responses.matchers.query_param_matcher({"collection_id": collection_id})
        ],
    )
    responses.add(
        responses.GET,
        f"{BASE}/roles",
        json={"data": [{"id": "r2"}], "has_next_page": False},
        match=[
            responses.matchers.query_param_matcher(
                {"collection_id": collection_id, "marker": "m-1"}
            )
        ],
    )
    paginator = client.paginated.get_role_list(collection_id=collection_id)
    assert list(paginator.items()) == [{"id": "r1"}, {"id": "r2"}]


def test_create_role(client, last_request):
    meta = load_response(client.create_role).metadata
    doc = globus_sdk.GCSRoleDocument(
        collection=meta["collection_id"],
        principal=meta["principal"],
        role=meta["role"],
    )
    res = client.create_role(doc, query_params={"a": "b"})

    sent = last_request()
    assert (sent.method, sent.url) == ("POST", f"{BASE}/roles")
    assert sent.query == {"a": ["b"]}
    assert sent.authorization == "Bearer mytoken"
    assert sent.body == {
        "DATA_TYPE": "role#1.0.0",
        "collection": meta["collection_id"],
        "principal": meta["principal"],
        "role": meta["role"],
    }
    assert isinstance(res, globus_sdk.UnpackingGCSResponse)
    assert res["id"] == meta["id"]


def test_get_role(client, last_request):
    meta = load_response(client.get_role).metadata
    res = client.get_role(meta["id"], {"a": "b"})

    sent = last_request()
    assert (sent.method, sent.url) == ("GET", f"{BASE}/roles/{meta['id']}")
    assert sent.query == {"a": ["b"]}
    assert sent.authorization == "Bearer mytoken"
    assert res["id"] == meta["id"]
    assert res["collection"] == meta["collection_id"]
    assert res["role"] == meta["role"]


def test_delete_role(client, last_request):
    fixture = load_response(client.delete_role)
    meta = fixture.metadata
    res = client.delete_role(meta["id"])

    sent = last_request()
    assert (sent.method, sent.url) == ("DELETE", f"{BASE}/roles/{meta['id']}")
    assert sent.query == {}
    assert sent.body is None
    assert sent.authorization == "Bearer mytoken"
    assert res.http_status == 200
    assert res.data == fixture.json


def test_delete_role_query_params(client, last_request):
    meta = load_response(client.delete_role).metadata
    # positional, as in 3.x
    client.delete_role(meta["id"], {"a": "b"})
    sent = last_request()
    assert (sent.method, sent.url) == ("DELETE", f"{BASE}/roles/{meta['id']}")
    assert sent.query == {"a": ["b"]}
