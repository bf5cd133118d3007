"""GCSClient storage gateway methods."""

from __future__ import annotations

import uuid

import pytest
import responses

import globus_sdk
from globus_sdk._testing import load_response

BASE = "https://abc.xyz.data.globus.org/api"
POSIX_CONNECTOR_ID = "145812c8-decc-41f1-83cf-bb2a85a2a70b"


def test_get_storage_gateway_list(client, last_request):
    meta = load_response(client.get_storage_gateway_list).metadata
    res = client.get_storage_gateway_list()

    sent = last_request()
    assert (sent.method, sent.url) == ("GET", f"{BASE}/storage_gateways")
    assert sent.query == {}
    assert sent.authorization == "Bearer mytoken"
    assert isinstance(res, globus_sdk.IterableGCSResponse)
    assert [g["id"] for g in res] == meta["ids"]


@pytest.mark.parametrize(
    "kwargs, expect_query",
    [
        ({"include": "private_policies"}, {"include": ["private_policies"]}),
        (
            {
                "include": ["private_policies", "x"],
                "page_size": 10,
                "marker": "m",
                "query_params": {"q": "1"},
            },
            {
                "include": ["private_policies,x"],
                "page_size": ["10"],
                "marker": ["m"],
                "q": ["1"],
            },
        ),
    ],
)
def test_get_storage_gateway_list_options(client, last_request, kwargs, expect_query):
    load_response(client.get_storage_gateway_list)
    client.get_storage_gateway_list(**kwargs)
    assert last_request().query == expect_query


def test_get_storage_gateway_list_paginated(client):
    responses.add(
        responses.GET,
        f"{BASE}/storage_gateways",
        json={"data": [{"id": "g1"}], "has_next_page": True, "marker": "m-1"},
        match=[responses.matchers.query_param_matcher({})],
    )
    responses.add(
        responses.GET,
        f"{BASE}/storage_gateways",
        json={"data": [{"id": "g2"}], "has_next_page": False},
        match=[responses.matchers.query_param_matcher({"marker": "m-1"})],
    )
    pages = list(client.paginated.get_storage_gateway_list())
    assert [[g["id"] for g in page] for page in pages] == [["g1"], ["g2"]]


def test_create_storage_gateway(client, last_request):
    meta = load_response(client.create_storage_gateway).metadata
    doc = globus_sdk.StorageGatewayDocument(
        display_name=meta["display_name"],
        connector_id=globus_sdk.ConnectorTable.POSIX.connector_id,
        root="/",
        identity_mappings=[
            {"DATA_TYPE": "expression_identity_mapping#1.0.0", "mappings": []}
        ],
        policies=globus_sdk.POSIXStoragePolicies(groups_allow=["research"]),
        allowed_domains=["example.edu"],
    )
    res = client.create_storage_gateway(doc)

    sent = last_request()
    assert (sent.method, sent.url) == ("POST", f"{BASE}/storage_gateways")
    assert sent.query == {}
    assert sent.authorization == "Bearer mytoken"
    assert sent.body == {
        "DATA_TYPE": "storage_gateway#1.0.0",
        "display_name": meta["display_name"],
        "connector_id": POSIX_CONNECTOR_ID,
        "root": "/",
        "identity_mappings": [
            {"DATA_TYPE": "expression_identity_mapping#1.0.0", "mappings": []}
        ],
        "policies": {
            "DATA_TYPE": "posix_storage_policies#1.0.0",
            "groups_allow": ["research"],
        },
        "allowed_domains": ["example.edu"],
    }
    assert isinstance(res, globus_sdk.UnpackingGCSResponse)
    assert res["id"] == meta["id"]
    assert res["display_name"] == meta["display_name"]


def test_create_storage_gateway_require_mfa_and_query_params(client, last_request):
    load_response(client.create_storage_gateway)
    doc = globus_sdk.StorageGatewayDocument(display_name="MFA", require_mfa=True)
    client.create_storage_gateway(doc, query_params={"x": "1"})

    sent = last_request()
    assert sent.query == {"x": ["1"]}
    assert sent.body == {
        "DATA_TYPE": "storage_gateway#1.1.0",
        "display_name": "MFA",
        "require_mfa": True,
    }


def test_create_storage_gateway_validation_error(client):
    meta = load_response(
        client.create_storage_gateway, case="validation_error"
    ).metadata
    with pytest.raises(globus_sdk.GCSAPIError) as excinfo:
        client.create_storage_gateway({"display_name": "no connector"})
    err = excinfo.value
    assert err.http_status == meta["http_status"]
    assert err.code == meta["code"]
    assert err.message == meta["message"]
    assert err.detail == meta["message"]


def test_get_storage_gateway(client, last_request):
    meta = load_response(client.get_storage_gateway).metadata
    res = client.get_storage_gateway(meta["id"])

    sent = last_request()
    assert (sent.method, sent.url) == ("GET", f"{BASE}/storage_gateways/{meta['id']}")
    assert sent.query == {}
    assert sent.authorization == "Bearer mytoken"
    assert res["id"] == meta["id"]
    assert res["display_name"] == meta["display_name"]
    assert res["connector_id"] == POSIX_CONNECTOR_ID


@pytest.mark.parametrize(
    "include, expect", [("private_policies", "private_policies"), (["a", "b"], "a,b")]
)
def test_get_storage_gateway_include(client, last_request, include, expect):
    meta = load_response(client.get_storage_gateway).metadata
    client.get_storage_gateway(
        uuid.UUID(meta["id"]), include=include, query_params={"a": "b"}
    )
    assert last_request().query == {"include": [expect], "a": ["b"]}


def test_update_storage_gateway(client, last_request):
    meta = load_response(client.update_storage_gateway).metadata
    res = client.update_storage_gateway(
        meta["id"],
        globus_sdk.StorageGatewayDocument(display_name=meta["display_name"]),
        query_params={"q": "1"},
    )

    sent = last_request()
    assert (sent.method, sent.url) == (
        "PATCH",
        f"{BASE}/storage_gateways/{meta['id']}",
    )
    assert sent.query == {"q": ["1"]}
    assert sent.authorization == "Bearer mytoken"
    assert sent.body == {
        "DATA_TYPE": "storage_gateway#1.0.0",
        "display_name": meta["display_name"],
    }
    # 3.x returns the plain response here (not unpacked)
    assert type(res) is globus_sdk.GlobusHTTPResponse
    assert res["data"][0]["display_name"] == meta["display_name"]


def test_delete_storage_gateway(client, last_request):
    fixture = load_response(client.delete_storage_gateway)
    meta = fixture.metadata
    res = client.delete_storage_gateway(meta["id"], query_params={"q": "1"})

    sent = last_request()
    assert (sent.method, sent.url) == (
        "DELETE",
        f"{BASE}/storage_gateways/{meta['id']}",
    )
    assert sent.query == {"q": ["1"]}
    assert sent.body is None
    assert sent.authorization == "Bearer mytoken"
    assert res.http_status == 200
    assert res.data == fixture.json


def test_delete_storage_gateway_permission_denied(client):
    meta = load_response(
        client.delete_storage_gateway, case="permission_denied_error"
    ).metadata
    with pytest.raises(globus_sdk.GCSAPIError) as excinfo:
        client.delete_storage_gateway(meta["id"])
    err = excinfo.value
    assert err.http_status == meta["http_status"]
    assert err.code == meta["code"]
    assert err.message == meta["message"]
