"""GCSClient endpoint methods: get_endpoint, update_endpoint."""

from __future__ import annotations

import pytest

import globus_sdk
from globus_sdk._testing import load_response

BASE = "https://abc.xyz.data.globus.org/api"


def test_get_endpoint(client, last_request):
    meta = load_response(client.get_endpoint).metadata
    res = client.get_endpoint()

    sent = last_request()
    assert (sent.method, sent.url) == ("GET", f"{BASE}/endpoint")
    assert sent.query == {}
    assert sent.authorization == "Bearer mytoken"
    assert isinstance(res, globus_sdk.UnpackingGCSResponse)
    assert res["id"] == meta["endpoint_id"]
    assert res["display_name"] == meta["display_name"]
    assert res["gcs_manager_url"] == meta["gcs_manager_url"]
    assert res.full_data["code"] == "success"


def test_get_endpoint_query_params(client, last_request):
    load_response(client.get_endpoint)
    client.get_endpoint(query_params={"include": "x"})
    assert last_request().query == {"include": ["x"]}


def test_update_endpoint_dict(client, last_request):
    load_response(client.update_endpoint)
    res = client.update_endpoint({"display_name": "EP"})

    sent = last_request()
    assert (sent.method, sent.url) == ("PATCH", f"{BASE}/endpoint")
    assert sent.query == {}
    assert sent.body == {"display_name": "EP"}
    assert sent.authorization == "Bearer mytoken"
    # no endpoint document came back: data is the whole result
    assert res.data == res.full_data
    assert res["data"] == []


@pytest.mark.parametrize("include", ["endpoint", ["endpoint"], ("endpoint",)])
def test_update_endpoint_include_endpoint(client, last_request, include):
    meta = load_response(client.update_endpoint, case="include_endpoint").metadata
    doc = globus_sdk.EndpointDocument(display_name=meta["display_name"], public=True)
    res = client.update_endpoint(doc, include=include)

    sent = last_request()
    assert (sent.method, sent.url) == ("PATCH", f"{BASE}/endpoint")
    assert sent.query == {"include": ["endpoint"]}
    assert sent.body == {
        "DATA_TYPE": "endpoint#1.0.0",
        "display_name": meta["display_name"],
        "public": True,
    }
    assert res["id"] == meta["endpoint_id"]
    assert res["display_name"] == meta["display_name"]
    assert res["gcs_manager_url"] == meta["gcs_manager_url"]


def test_update_endpoint_nulls_and_query_params(client, last_request):
    load_response(client.update_endpoint)
    doc = globus_sdk.EndpointDocument(
        subscription_id=None,
        gridftp_control_channel_port=2811,
        additional_fields={"extra": 1},
    )
    client.update_endpoint(doc, query_params={"a": "b"})

    sent = last_request()
    assert sent.query == {"a": ["b"]}
    assert sent.body == {
        "DATA_TYPE": "endpoint#1.1.0",
        "subscription_id": None,
        "gridftp_control_channel_port": 2811,
        "extra": 1,
    }
