"""GCSClient collection methods."""

from __future__ import annotations

import uuid

import pytest
import responses

import globus_sdk
from globus_sdk._testing import load_response

BASE = "https://abc.xyz.data.globus.org/api"


def test_get_collection_list(client, last_request):
    meta = load_response(client.get_collection_list).metadata
    res = client.get_collection_list()

    sent = last_request()
    assert (sent.method, sent.url) == ("GET", f"{BASE}/collections")
    assert sent.query == {}
    assert sent.authorization == "Bearer mytoken"
    assert isinstance(res, globus_sdk.IterableGCSResponse)
    collections = list(res)
    assert [c["id"] for c in collections] == meta["collection_ids"]
    assert [c["display_name"] for c in collections] == meta["display_names"]
    assert [c["storage_gateway_id"] for c in collections] == meta["gateway_ids"]
    assert {c["identity_id"] for c in collections} == {meta["identity_id"]}
    assert res["has_next_page"] is False


@pytest.mark.parametrize(
    "kwargs, expect_query",
    [
        (
            {
                "mapped_collection_id": "c0c0c0c0-0000-4000-8000-000000000001",
                "filter": "mapped_collections",
                "include": "private_policies",
                "page_size": 50,
                "marker": "mk",
                "query_params": {"x": "1"},
            },
            {
                "mapped_collection_id": ["c0c0c0c0-0000-4000-8000-000000000001"],
                "filter": ["mapped_collections"],
                "include": ["private_policies"],
                "page_size": ["50"],
                "marker": ["mk"],
                "x": ["1"],
            },
        ),
        (
            {
                "mapped_collection_id": uuid.UUID(
                    "c0c0c0c0-0000-4000-8000-000000000001"
                ),
                "filter": ["mapped_collections", "created_by_me"],
                "include": ("private_policies", "foo"),
            },
            {
                "mapped_collection_id": ["c0c0c0c0-0000-4000-8000-000000000001"],
                "filter": ["mapped_collections,created_by_me"],
                "include": ["private_policies,foo"],
            },
        ),
    ],
)
def test_get_collection_list_options(client, last_request, kwargs, expect_query):
    load_response(client.get_collection_list)
    client.get_collection_list(**kwargs)
    assert last_request().query == expect_query


def test_get_collection_list_forbidden(client):
    load_response(client.get_collection_list, case="forbidden")
    with pytest.raises(globus_sdk.GCSAPIError) as excinfo:
        client.get_collection_list()
    err = excinfo.value
    assert err.http_status == 403
    assert err.code == "permission_denied"
    assert err.detail == err.message
    assert err.detail_data_type is None


def test_get_collection_list_paginated(client):
    responses.add(
        responses.GET,
        f"{BASE}/collections",
        json={"data": [{"id": "c1"}], "has_next_page": True, "marker": "m-1"},
        match=[responses.matchers.query_param_matcher({"filter": "managed_by_me"})],
    )
    responses.add(
        responses.GET,
        f"{BASE}/collections",
        json={"data": [{"id": "c2"}], "has_next_page": False},
        match=[
            responses.matchers.query_param_matcher(
                {"filter": "managed_by_me", "marker": "m-1"}
            )
        ],
    )
    items = list(client.paginated.get_collection_list(filter="managed_by_me").items())
    assert items == [{"id": "c1"}, {"id": "c2"}]


def test_get_collection(client, last_request):
    meta = load_response(client.get_collection).metadata
    res = client.get_collection(meta["collection_id"])

    sent = last_request()
    assert (sent.method, sent.url) == (
        "GET",
        f"{BASE}/collections/{meta['collection_id']}",
    )
    assert sent.query == {}
    assert sent.authorization == "Bearer mytoken"
    assert isinstance(res, globus_sdk.UnpackingGCSResponse)
    assert res["id"] == meta["collection_id"]
    assert res["display_name"] == meta["display_name"]
    assert res["storage_gateway_id"] == meta["storage_gateway_id"]


def test_get_collection_query_params(client, last_request):
    meta = load_response(client.get_collection).metadata
    client.get_collection(
        uuid.UUID(meta["collection_id"]), query_params={"include": "x"}
    )
    assert last_request().query == {"include": ["x"]}


def test_create_mapped_collection(client, last_request):
    meta = load_response(client.create_collection).metadata
    doc = globus_sdk.MappedCollectionDocument(
        storage_gateway_id=meta["storage_gateway_id"],
        collection_base_path="/data",
        display_name=meta["display_name"],
        public=True,
        keywords=["research"],
        enable_https=True,
        policies=globus_sdk.POSIXCollectionPolicies(sharing_groups_allow="research"),
    )
    res = client.create_collection(doc)

    sent = last_request()
    assert (sent.method, sent.url) == ("POST", f"{BASE}/collections")
    assert sent.query == {}
    assert sent.authorization == "Bearer mytoken"
    assert sent.body == {
        "DATA_TYPE": "collection#1.1.0",
        "collection_type": "mapped",
        "storage_gateway_id": meta["storage_gateway_id"],
        "collection_base_path": "/data",
        "display_name": meta["display_name"],
        "public": True,
        "keywords": ["research"],
        "enable_https": True,
        "policies": {
            "DATA_TYPE": "posix_collection_policies#1.0.0",
            "sharing_groups_allow": ["research"],
        },
    }
    assert res["id"] == meta["collection_id"]
    assert res["collection_type"] == "mapped"


def test_create_guest_collection(client, last_request):
    load_response(client.create_collection)
    doc = globus_sdk.GuestCollectionDocument(
        mapped_collection_id="c0c0c0c0-0000-4000-8000-000000000001",
        user_credential_id=uuid.UUID("0c0c0c0c-0000-4000-8000-000000000001"),
        collection_base_path="/share",
        display_name="Guest",
        skip_auto_delete=True,
        activity_notification_policy={"transfer": ["SUCCEEDED"]},
    )
    client.create_collection(doc)
    assert last_request().body == {
        "DATA_TYPE": "collection#1.14.0",
        "collection_type": "guest",
        "mapped_collection_id": "c0c0c0c0-0000-4000-8000-000000000001",
        "user_credential_id": "0c0c0c0c-0000-4000-8000-000000000001",
        "collection_base_path": "/share",
        "display_name": "Guest",
        "skip_auto_delete": True,
        "activity_notification_policy": {"transfer": ["SUCCEEDED"]},
    }


def test_create_collection_dict(client, last_request):
    load_response(client.create_collection)
    body = {"DATA_TYPE": "collection#1.0.0", "collection_type": "mapped"}
    client.create_collection(body)
    assert last_request().body == body


def test_update_collection(client, last_request):
    meta = load_response(client.update_collection).metadata
    res = client.update_collection(
        meta["collection_id"],
        globus_sdk.MappedCollectionDocument(display_name=meta["display_name"]),
        query_params={"a": "b"},
    )

    sent = last_request()
    assert (sent.method, sent.url) == (
        "PATCH",
        f"{BASE}/collections/{meta['collection_id']}",
    )
    assert sent.query == {"a": ["b"]}
    assert sent.authorization == "Bearer mytoken"
    assert sent.body == {
        "DATA_TYPE": "collection#1.0.0",
        "collection_type": "mapped",
        "display_name": meta["display_name"],
    }
    assert res["display_name"] == meta["display_name"]


def test_delete_collection(client, last_request):
    fixture = load_response(client.delete_collection)
    meta = fixture.metadata
    res = client.delete_collection(meta["collection_id"], query_params={"x": "1"})

    sent = last_request()
    assert (sent.method, sent.url) == (
        "DELETE",
        f"{BASE}/collections/{meta['collection_id']}",
    )
    assert sent.query == {"x": ["1"]}
    assert sent.body is None
    assert sent.authorization == "Bearer mytoken"
    assert type(res) is globus_sdk.GlobusHTTPResponse
    assert res["code"] == "success"
    assert res.data == fixture.json


def test_collection_id_is_one_path_segment(client, last_request):
    responses.add(responses.GET, f"{BASE}/collections/a%2Fb", json={"data": []})
    client.get_collection("a/b")
    assert last_request().url == f"{BASE}/collections/a%2Fb"
