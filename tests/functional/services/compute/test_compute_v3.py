"""One test per ComputeClientV3 method: the exact request, the parsed result."""

from __future__ import annotations

import uuid

import globus_sdk
from globus_sdk._testing import load_response
from globus_sdk.scopes import ComputeScopes

BASE = "https://compute.api.globus.org"


def test_scopes_and_defaults(client_v3):
    assert client_v3.resource_server == "funcx_service"
    assert [str(s) for s in client_v3.default_scope_requirements] == [ComputeScopes.all]


def test_register_endpoint(client_v3, last_request):
    fixture = load_response(client_v3.register_endpoint)
    data = {"endpoint_name": "hpc", "multi_user": True}
    res = client_v3.register_endpoint(data)

    sent = last_request()
    assert (sent.method, sent.url) == ("POST", f"{BASE}/v3/endpoints")
    assert sent.query == {}
    assert sent.content_type == "application/json"
    assert sent.body == data
    assert sent.authorization == "Bearer mytoken"
    assert "endpoint_id" in res
    assert res["endpoint_id"] == fixture.json["endpoint_id"]
    assert res.data == fixture.json


def test_update_endpoint(client_v3, last_request):
    meta = load_response(client_v3.update_endpoint).metadata
    res = client_v3.update_endpoint(
        uuid.UUID(meta["endpoint_id"]), {"display_name": "x"}
    )

    sent = last_request()
    assert (sent.method, sent.url) == (
        "PUT",
        f"{BASE}/v3/endpoints/{meta['endpoint_id']}",
    )
    assert sent.query == {}
    assert sent.authorization == "Bearer mytoken"
    assert sent.body == {"display_name": "x"}
    assert res["endpoint_id"] == meta["endpoint_id"]


def test_lock_endpoint(client_v3, last_request):
    meta = load_response(client_v3.lock_endpoint).metadata
    res = client_v3.lock_endpoint(meta["endpoint_id"])

    sent = last_request()
    assert (sent.method, sent.url) == (
        "POST",
        f"{BASE}/v3/endpoints/{meta['endpoint_id']}/lock",
    )
    assert sent.query == {}
    assert sent.body is None
    assert sent.authorization == "Bearer mytoken"
    assert res["endpoint_id"] == meta["endpoint_id"]


def test_get_endpoint_allowlist(client_v3, last_request):
    fixture = load_response(client_v3.get_endpoint_allowlist)
    meta = fixture.metadata
    res = client_v3.get_endpoint_allowlist(meta["endpoint_id"])

    sent = last_request()
    assert (sent.method, sent.url) == (
        "GET",
        f"{BASE}/v3/endpoints/{meta['endpoint_id']}/allowed_functions",
    )
    assert sent.query == {}
    assert sent.body is None
    assert sent.authorization == "Bearer mytoken"
    assert res.data == fixture.json
    assert res["endpoint_id"] == meta["endpoint_id"]
    assert res["restrict_functions"] is True


def test_register_function(client_v3, last_request):
    meta = load_response(client_v3.register_function).metadata
    doc = globus_sdk.ComputeFunctionDocument(
        function_name=meta["function_name"],
        function_code=meta["function_code"],
        public=True,
    )
    res = client_v3.register_function(doc)

    sent = last_request()
    assert (sent.method, sent.url) == ("POST", f"{BASE}/v3/functions")
    assert sent.query == {}
    assert sent.authorization == "Bearer mytoken"
    assert sent.body == {
        "function_name": meta["function_name"],
        "function_code": meta["function_code"],
        "public": True,
    }
    assert res["function_uuid"] == meta["function_id"]


def test_submit(client_v3, last_request):
    meta = load_response(client_v3.submit).metadata
    batch = {
        "task_group_id": meta["task_group_id"],
        "tasks": {meta["function_id"]: ["p1", "p2"]},
    }
    res = client_v3.submit(meta["endpoint_id"], batch)

    sent = last_request()
    assert (sent.method, sent.url) == (
        "POST",
        f"{BASE}/v3/endpoints/{meta['endpoint_id']}/submit",
    )
    assert sent.query == {}
    assert sent.authorization == "Bearer mytoken"
    assert sent.body == batch
    assert res["request_id"] == meta["request_id"]
    assert res["tasks"][meta["function_id"]] == [meta["task_id"], meta["task_id_2"]]


def test_preview_environment():
    client = globus_sdk.ComputeClientV3(environment="preview")
    assert client.base_url == "https://compute.api.preview.globus.org/"
