"""GCSClient user credential methods."""

from __future__ import annotations

import uuid

import responses

import globus_sdk
from globus_sdk._testing import load_response

BASE = "https://abc.xyz.data.globus.org/api"
STORAGE_GATEWAY_ID = "56565656-0000-4000-8000-000000000001"


def test_get_user_credential_list(client, last_request):
    meta = load_response(client.get_user_credential_list).metadata
    res = client.get_user_credential_list()

    sent = last_request()
    assert (sent.method, sent.url) == ("GET", f"{BASE}/user_credentials")
    assert sent.query == {}
    assert sent.authorization == "Bearer mytoken"
    assert isinstance(res, globus_sdk.IterableGCSResponse)
    assert [c["id"] for c in res] == meta["ids"]


def test_get_user_credential_list_options(client, last_request):
    load_response(client.get_user_credential_list)
    # positional, as in 3.x: storage_gateway, query_params, page_size, marker
    client.get_user_credential_list(
        uuid.UUID(STORAGE_GATEWAY_ID), {"a": "b"}, page_size=5, marker="m"
    )
    assert last_request().query == {
        "storage_gateway": [STORAGE_GATEWAY_ID],
        "a": ["b"],
        "page_size": ["5"],
        "marker": ["m"],
    }


def test_get_user_credential_list_paginated(client):
    responses.add(
        responses.GET,
        f"{BASE}/user_credentials",
        json={"data": [{"id": "u1"}], "has_next_page": True, "marker": "m-1"},
        match=[responses.matchers.query_param_matcher({})],
    )
    responses.add(
        responses.GET,
        f"{BASE}/user_credentials",
        json={"data": [{"id": "u2"}], "has_next_page": False},
        match=[responses.matchers.query_param_matcher({"marker": "m-1"})],
    )
    items = list(client.paginated.get_user_credential_list().items())
    assert items == [{"id": "u1"}, {"id": "u2"}]


def test_create_user_credential(client, last_request):
    meta = load_response(client.create_user_credential).metadata
    doc = globus_sdk.UserCredentialDocument(
        identity_id="1d1d1d1d-0000-4000-8000-000000000001",
        connector_id=globus_sdk.ConnectorTable.S3.connector_id,
        username="alice",
        display_name="cred",
        storage_gateway_id=uuid.UUID(STORAGE_GATEWAY_ID),
        policies={
            "DATA_TYPE": "s3_user_credential_policies#1.0.0",
            "s3_key_id": "k",
            "s3_secret_key": "s",
        },
    )
    res = client.create_user_credential(doc)

    sent = last_request()
    assert (sent.method, sent.url) == ("POST", f"{BASE}/user_credentials")
    assert sent.query == {}
    assert sent.authorization == "Bearer mytoken"
    assert sent.body == {
        "DATA_TYPE": "user_credential#1.0.0",
        "identity_id": "1d1d1d1d-0000-4000-8000-000000000001",
        "connector_id": "7643e831-5f6c-4b47-a07f-8ee90f401d23",
        "username": "alice",
        "display_name": "cred",
        "storage_gateway_id": STORAGE_GATEWAY_ID,
        "policies": {
            "DATA_TYPE": "s3_user_credential_policies#1.0.0",
            "s3_key_id": "k",
            "s3_secret_key": "s",
        },
    }
    assert isinstance(res, globus_sdk.UnpackingGCSResponse)
    assert res["id"] == meta["id"]


def test_create_user_credential_query_params(client, last_request):
    load_response(client.create_user_credential)
    client.create_user_credential(globus_sdk.UserCredentialDocument(), {"a": "b"})
    sent = last_request()
    assert sent.query == {"a": ["b"]}
    assert sent.body == {"DATA_TYPE": "user_credential#1.0.0"}


def test_get_user_credential(client, last_request):
    meta = load_response(client.get_user_credential).metadata
    res = client.get_user_credential(meta["id"], {"a": "b"})

    sent = last_request()
    assert (sent.method, sent.url) == ("GET", f"{BASE}/user_credentials/{meta['id']}")
    assert sent.query == {"a": ["b"]}
    assert sent.authorization == "Bearer mytoken"
    assert res["id"] == meta["id"]
    assert res["DATA_TYPE"] == "user_credential#1.0.0"


def test_update_user_credential(client, last_request):
    meta = load_response(client.update_user_credential).metadata
    res = client.update_user_credential(
        meta["id"],
        globus_sdk.UserCredentialDocument(display_name=meta["display_name"]),
        {"a": "b"},
    )

    sent = last_request()
    assert (sent.method, sent.url) == (
        "PATCH",
        f"{BASE}/user_credentials/{meta['id']}",
    )
    assert sent.query == {"a": ["b"]}
    assert sent.authorization == "Bearer mytoken"
    assert sent.body == {
        "DATA_TYPE": "user_credential#1.0.0",
        "display_name": meta["display_name"],
    }
    assert isinstance(res, globus_sdk.UnpackingGCSResponse)
    assert res["display_name"] == meta["display_name"]


def test_delete_user_credential(client, last_request):
    fixture = load_response(client.delete_user_credential)
    meta = fixture.metadata
    res = client.delete_user_credential(meta["id"], {"a": "b"})

    sent = last_request()
    assert (sent.method, sent.url) == (
        "DELETE",
        f"{BASE}/user_credentials/{meta['id']}",
    )
    assert sent.query == {"a": ["b"]}
    assert sent.body is None
    assert sent.authorization == "Bearer mytoken"
    assert res.http_status == 200
    assert res.data == fixture.json
