"""One test (or more) per ComputeClientV2 method: the exact request, the parsed result."""

from __future__ import annotations

import uuid

import pytest

import globus_sdk
from globus_sdk._testing import load_response
from globus_sdk.scopes import ComputeScopes

BASE = "https://compute.api.globus.org"


def test_scopes_and_defaults(client_v2):
    assert client_v2.base_url == f"{BASE}/"
    assert client_v2.resource_server == "funcx_service"
    assert [str(s) for s in client_v2.default_scope_requirements] == [ComputeScopes.all]


def test_get_version(client_v2, last_request):
    meta = load_response(client_v2.get_version).metadata
    res = client_v2.get_version()

    sent = last_request()
    assert (sent.method, sent.url) == ("GET", f"{BASE}/v2/version")
    assert sent.query == {}
    assert sent.authorization == "Bearer mytoken"
    assert res.data == meta["api_version"]


def test_get_version_all(client_v2, last_request):
    meta = load_response(client_v2.get_version, case="all").metadata
    res = client_v2.get_version(service="all")

    assert last_request().query == {"service": ["all"]}
    assert res["api"] == meta["api_version"]
    assert "min_sdk_version" in res


def test_get_result_amqp_url(client_v2, last_request):
    fixture = load_response(client_v2.get_result_amqp_url)
    res = client_v2.get_result_amqp_url()

    sent = last_request()
    assert (sent.method, sent.url) == (
        "GET",
        f"{BASE}/v2/get_amqp_result_connection_url",
    )
    assert sent.query == {}
    assert sent.body is None
    assert sent.authorization == "Bearer mytoken"
    assert res.data == fixture.json
    assert res["connection_url"].startswith("amqps://")


def test_register_endpoint(client_v2, last_request):
    meta = load_response(client_v2.register_endpoint).metadata
    data = {"endpoint_name": "hpc", "version": "2.20.0", "multi_user": False}
    res = client_v2.register_endpoint(data)

    sent = last_request()
    assert (sent.method, sent.url) == ("POST", f"{BASE}/v2/endpoints")
    assert sent.query == {}
    assert sent.content_type == "application/json"
    assert sent.body == data
    assert sent.authorization == "Bearer mytoken"
    assert res["endpoint_id"] == meta["endpoint_id"]


def test_get_endpoint(client_v2, last_request):
    fixture = load_response(client_v2.get_endpoint)
    meta = fixture.metadata
    res = client_v2.get_endpoint(uuid.UUID(meta["endpoint_id"]))

    sent = last_request()
    assert (sent.method, sent.url) == (
        "GET",
        f"{BASE}/v2/endpoints/{meta['endpoint_id']}",
    )
    assert sent.query == {}
    assert sent.body is None
    assert sent.authorization == "Bearer mytoken"
    assert res["uuid"] == meta["endpoint_id"]
    assert res.data == fixture.json


def test_get_endpoint_status(client_v2, last_request):
    fixture = load_response(client_v2.get_endpoint_status)
    meta = fixture.metadata
    res = client_v2.get_endpoint_status(meta["endpoint_id"])

    sent = last_request()
    assert (sent.method, sent.url) == (
        "GET",
        f"{BASE}/v2/endpoints/{meta['endpoint_id']}/status",
    )
    assert sent.query == {}
    assert sent.body is None
    assert sent.authorization == "Bearer mytoken"
    assert res["status"] == "online"
    assert res.data == fixture.json


def test_get_endpoints(client_v2, last_request):
    meta = load_response(client_v2.get_endpoints).metadata
    res = client_v2.get_endpoints()

    sent = last_request()
    assert (sent.method, sent.url) == ("GET", f"{BASE}/v2/endpoints")
    assert sent.query == {}
    assert sent.body is None
    assert sent.authorization == "Bearer mytoken"
    assert [ep["uuid"] for ep in res] == [meta["endpoint_id"], meta["endpoint_id_2"]]


def test_get_endpoints_any_role(client_v2, last_request):
    meta = load_response(client_v2.get_endpoints, case="any").metadata
    res = client_v2.get_endpoints(role="any")

    assert last_request().query == {"role": ["any"]}
    assert [ep["uuid"] for ep in res] == [
        meta["endpoint_id"],
        meta["endpoint_id_2"],
        meta["endpoint_id_3"],
    ]


def test_delete_endpoint(client_v2, last_request):
    fixture = load_response(client_v2.delete_endpoint)
    meta = fixture.metadata
    res = client_v2.delete_endpoint(meta["endpoint_id"])

    sent = last_request()
    assert (sent.method, sent.url) == (
        "DELETE",
        f"{BASE}/v2/endpoints/{meta['endpoint_id']}",
    )
    assert sent.query == {}
    assert sent.body is None
    assert sent.authorization == "Bearer mytoken"
    assert res.http_status == 200
    assert res.data == fixture.json


def test_lock_endpoint(client_v2, last_request):
    meta = load_response(client_v2.lock_endpoint).metadata
    res = client_v2.lock_endpoint(meta["endpoint_id"])

    sent = last_request()
    assert (sent.method, sent.url) == (
        "POST",
        f"{BASE}/v2/endpoints/{meta['endpoint_id']}/lock",
    )
    assert sent.query == {}
    assert sent.body is None
    assert sent.authorization == "Bearer mytoken"
    assert res["endpoint_id"] == meta["endpoint_id"]


def test_register_function_document(client_v2, last_request):
    meta = load_response(client_v2.register_function).metadata
    doc = globus_sdk.ComputeFunctionDocument(
        function_name=meta["function_name"],
        function_code=meta["function_code"],
        description="Says hello",
        metadata=globus_sdk.ComputeFunctionMetadata(python_version="3.11.7"),
        group=uuid.UUID("6a6a6a6a-0000-4000-8000-000000000001"),
    )
    res = client_v2.register_function(doc)

    sent = last_request()
    assert (sent.method, sent.url) == ("POST", f"{BASE}/v2/functions")
    assert sent.query == {}
    assert sent.authorization == "Bearer mytoken"
    assert sent.body == {
        "function_name": meta["function_name"],
        "function_code": meta["function_code"],
        "description": "Says hello",
        "metadata": {"python_version": "3.11.7"},
        "group": "6a6a6a6a-0000-4000-8000-000000000001",
        "public": False,
    }
    assert res["function_uuid"] == meta["function_id"]


def test_register_function_dict(client_v2, last_request):
    load_response(client_v2.register_function)
    client_v2.register_function({"function_name": "f", "function_code": "abc"})
    assert last_request().body == {"function_name": "f", "function_code": "abc"}


def test_get_function(client_v2, last_request):
    fixture = load_response(client_v2.get_function)
    meta = fixture.metadata
    res = client_v2.get_function(meta["function_id"])

    sent = last_request()
    assert (sent.method, sent.url) == (
        "GET",
        f"{BASE}/v2/functions/{meta['function_id']}",
    )
    assert sent.query == {}
    assert sent.body is None
    assert sent.authorization == "Bearer mytoken"
    assert res.data == fixture.json
    assert res["function_name"] == meta["function_name"]
    assert res["function_code"] == meta["function_code"]


def test_delete_function(client_v2, last_request):
    fixture = load_response(client_v2.delete_function)
    meta = fixture.metadata
    res = client_v2.delete_function(meta["function_id"])

    sent = last_request()
    assert (sent.method, sent.url) == (
        "DELETE",
        f"{BASE}/v2/functions/{meta['function_id']}",
    )
    assert sent.query == {}
    assert sent.body is None
    assert sent.authorization == "Bearer mytoken"
    assert res.http_status == 200
    assert res.data == fixture.json


def test_get_task(client_v2, last_request):
    meta = load_response(client_v2.get_task).metadata
    res = client_v2.get_task(meta["task_id"])

    sent = last_request()
    assert (sent.method, sent.url) == ("GET", f"{BASE}/v2/tasks/{meta['task_id']}")
    assert sent.query == {}
    assert sent.body is None
    assert sent.authorization == "Bearer mytoken"
    assert res["task_id"] == meta["task_id"]
    assert res["status"] == "success"


@pytest.mark.parametrize("as_list", [False, True])
def test_get_task_batch(client_v2, last_request, as_list):
    meta = load_response(client_v2.get_task_batch).metadata
    task_ids = [uuid.UUID(meta["task_id"])] if as_list else meta["task_id"]
    res = client_v2.get_task_batch(task_ids)

    sent = last_request()
    assert (sent.method, sent.url) == ("POST", f"{BASE}/v2/batch_status")
    assert sent.query == {}
    assert sent.authorization == "Bearer mytoken"
    assert sent.body == {"task_ids": [meta["task_id"]]}
    assert res["results"][meta["task_id"]]["status"] == "success"


def test_get_task_group(client_v2, last_request):
    meta = load_response(client_v2.get_task_group).metadata
    res = client_v2.get_task_group(meta["task_group_id"])

    sent = last_request()
    assert (sent.method, sent.url) == (
        "GET",
        f"{BASE}/v2/taskgroup/{meta['task_group_id']}",
    )
    assert sent.query == {}
    assert sent.body is None
    assert sent.authorization == "Bearer mytoken"
    assert [task["id"] for task in res["tasks"]] == [meta["task_id"], meta["task_id_2"]]


def test_submit(client_v2, last_request):
    meta = load_response(client_v2.submit).metadata
    batch = {
        "task_group_id": meta["task_group_id"],
        "tasks": [
            [
                "3f5a7c9e-1b3d-4f6a-8c0e-2a4c6e8a0b2d",
                "9b4c2e8a-6d1f-4a3b-8e7c-5f0a1d2b3c4e",
                "p1",
            ],
            [
                "3f5a7c9e-1b3d-4f6a-8c0e-2a4c6e8a0b2d",
                "9b4c2e8a-6d1f-4a3b-8e7c-5f0a1d2b3c4e",
                "p2",
            ],
        ],
    }
    res = client_v2.submit(batch)

    sent = last_request()
    assert (sent.method, sent.url) == ("POST", f"{BASE}/v2/submit")
    assert sent.query == {}
    assert sent.authorization == "Bearer mytoken"
    assert sent.body == batch
    assert res["task_group_id"] == meta["task_group_id"]
    assert [r["task_uuid"] for r in res["results"]] == [
        meta["task_id"],
        meta["task_id_2"],
    ]


def test_sandbox_environment():
    client = globus_sdk.ComputeClientV2(environment="sandbox")
    assert client.base_url == "https://compute.api.sandbox.globuscs.info/"
