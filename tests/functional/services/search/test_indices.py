"""SearchClient index management: create, delete, reopen, get, list."""

from __future__ import annotations

import uuid

import pytest

import globus_sdk
from globus_sdk._testing import load_response

BASE = "https://search.api.globus.org/v1"


def test_create_index(client, last_request):
    fixture = load_response(client.create_index)
    meta = fixture.metadata
    res = client.create_index("Ocean Observations", "ocean datasets")

    sent = last_request()
    assert (sent.method, sent.url) == ("POST", f"{BASE}/index")
    assert sent.query == {}
    assert sent.content_type == "application/json"
    assert sent.body == {
        "display_name": "Ocean Observations",
        "description": "ocean datasets",
    }
    assert sent.authorization == "Bearer mytoken"
    assert res["id"] == meta["index_id"]
    assert res["is_trial"] is True
    assert res.data == fixture.json


def test_create_index_trial_limit(client):
    load_response(client.create_index, case="trial_limit")
    with pytest.raises(globus_sdk.SearchAPIError) as excinfo:
        client.create_index("Another", "one too many")
    err = excinfo.value
    assert err.http_status == 409
    assert err.code == "Conflict.LimitExceeded"
    assert err.error_data == {"cause": "trial index limit reached", "limit": 3}


def test_delete_index(client, last_request):
    meta = load_response(client.delete_index).metadata
    res = client.delete_index(uuid.UUID(meta["index_id"]))

    sent = last_request()
    assert (sent.method, sent.url) == ("DELETE", f"{BASE}/index/{meta['index_id']}")
    assert sent.query == {}
    assert sent.body is None
    assert sent.authorization == "Bearer mytoken"
    assert res["acknowledged"] is True


def test_delete_index_delete_pending(client):
    meta = load_response(client.delete_index, case="delete_pending").metadata
    with pytest.raises(globus_sdk.SearchAPIError) as excinfo:
        client.delete_index(meta["index_id"])
    assert excinfo.value.code == "Conflict.IncompatibleIndexStatus"
    assert "delete-pending" in (excinfo.value.message or "")


def test_reopen_index(client, last_request):
    meta = load_response(client.reopen_index).metadata
    res = client.reopen_index(meta["index_id"])

    sent = last_request()
    assert (sent.method, sent.url) == (
        "POST",
        f"{BASE}/index/{meta['index_id']}/reopen",
    )
    assert sent.query == {}
    assert sent.body is None
    assert sent.authorization == "Bearer mytoken"
    assert res["index_id"] == meta["index_id"]


def test_reopen_index_already_open(client):
    meta = load_response(client.reopen_index, case="already_open").metadata
    with pytest.raises(globus_sdk.SearchAPIError) as excinfo:
        client.reopen_index(meta["index_id"])
    assert excinfo.value.http_status == 409
    assert excinfo.value.error_data == {"cause": "index is not pending deletion"}


def test_get_index(client, last_request):
    meta = load_response(client.get_index).metadata
    res = client.get_index(meta["index_id"], query_params={"a": "b"})

    sent = last_request()
    assert (sent.method, sent.url) == ("GET", f"{BASE}/index/{meta['index_id']}")
    assert sent.query == {"a": ["b"]}
    assert sent.authorization == "Bearer mytoken"
    assert res["id"] == meta["index_id"]
    assert res["display_name"] == "Ocean Observations"


def test_index_list(client, last_request):
    meta = load_response(client.index_list).metadata
    res = client.index_list(query_params={"is_trial": "true"})

    sent = last_request()
    assert (sent.method, sent.url) == ("GET", f"{BASE}/index_list")
    assert sent.query == {"is_trial": ["true"]}
    assert isinstance(res, globus_sdk.IterableResponse)
    indices = list(res)
    assert [i["id"] for i in indices] == meta["index_ids"]
    for index in indices:
        for key, value in meta["index_attributes"][index["id"]].items():
            assert index[key] == value
