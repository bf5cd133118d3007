"""FlowsClient's run operations: the exact request of each method, the parsed result."""

from __future__ import annotations

import urllib.parse
import uuid

import pytest
import responses

import globus_sdk
from globus_sdk._testing import load_response
from globus_sdk._testing.data.flows import get_run_logs as run_logs_data

BASE = "https://flows.automate.globus.org"


def _marker_of(url: str) -> str | None:
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(url).query)
    return query.get("marker", [None])[0]


def test_list_runs(flows_client, last_request):
    meta = load_response(flows_client.list_runs).metadata
    res = flows_client.list_runs()

    sent = last_request()
    assert (sent.method, sent.url) == ("GET", f"{BASE}/runs")
    assert sent.query == {}
    assert sent.authorization == "Bearer mytoken"
    assert isinstance(res, globus_sdk.services.flows.IterableRunsResponse)
    runs = list(res)
    assert runs[0]["run_id"] == meta["first_run_id"]
    assert [r["status"] for r in runs] == ["SUCCEEDED", "ACTIVE"]


@pytest.mark.parametrize("as_uuid", [False, True])
def test_list_runs_filter_flow_id(flows_client, last_request, as_uuid):
    meta = load_response(flows_client.list_runs, case="filter_flow_id").metadata
    for flow_id, run_ids in meta["by_flow_id"].items():
        res = flows_client.list_runs(
            filter_flow_id=uuid.UUID(flow_id) if as_uuid else flow_id
        )
        assert last_request().query == {"filter_flow_id": [flow_id]}
        assert [r["run_id"] for r in res] == run_ids
        assert {r["flow_id"] for r in res} == {flow_id}


def test_list_runs_several_flows_and_roles(flows_client, last_request):
    load_response(flows_client.list_runs)
    flow_ids = [str(uuid.uuid4()), uuid.uuid4()]
    flows_client.list_runs(
        filter_flow_id=flow_ids,
        filter_roles=["run_owner", "run_manager"],
        marker="mk",
        query_params={"per_page": 5},
    )
    assert last_request().query == {
        "filter_flow_id": [",".join(str(f) for f in flow_ids)],
        "filter_roles": ["run_owner,run_manager"],
        "marker": ["mk"],
        "per_page": ["5"],
    }


def test_list_runs_filter_roles_str(flows_client, last_request):
    load_response(flows_client.list_runs)
    flows_client.list_runs(filter_roles="run_monitor")
    assert last_request().query == {"filter_roles": ["run_monitor"]}


def test_list_runs_paginated(flows_client):
    meta = load_response(flows_client.list_runs, case="paginated").metadata
    paginator = flows_client.paginated.list_runs()
    pages = list(paginator)
    assert len(pages) == meta["num_pages"]
    assert all(isinstance(p, globus_sdk.services.flows.IterableRunsResponse) for p in pages)
    assert sum(len(list(p)) for p in pages) == meta["total_items"]
    assert [_marker_of(c.request.url) for c in responses.calls] == meta["expect_markers"]


def test_get_run(flows_client, last_request):
    fixture = load_response(flows_client.get_run)
    meta = fixture.metadata
    res = flows_client.get_run(meta["run_id"])

    sent = last_request()
    assert (sent.method, sent.url) == ("GET", f"{BASE}/runs/{meta['run_id']}")
    assert sent.query == {}
    assert sent.body is None
    assert sent.authorization == "Bearer mytoken"
    assert res["run_id"] == meta["run_id"]
    assert res.data == fixture.json


@pytest.mark.parametrize("include, expect", [(True, "True"), (False, "False")])
def test_get_run_include_flow_description(flows_client, last_request, include, expect):
    meta = load_response(flows_client.get_run).metadata
    flows_client.get_run(
        meta["run_id"], include_flow_description=include, query_params={"a": "b"}
    )
    assert last_request().query == {"include_flow_description": [expect], "a": ["b"]}


def test_get_run_definition(flows_client, last_request):
    fixture = load_response(flows_client.get_run_definition)
    meta = fixture.metadata
    res = flows_client.get_run_definition(meta["run_id"])

    sent = last_request()
    assert (sent.method, sent.url) == (
        "GET",
        f"{BASE}/runs/{meta['run_id']}/definition",
    )
    assert sent.query == {}
    assert sent.body is None
    assert sent.authorization == "Bearer mytoken"
    assert res.data == fixture.json
    assert res["definition"]["StartAt"] == "CopyFile"
    assert "input_schema" in res


def test_get_run_logs(flows_client, last_request):
    meta = load_response(flows_client.get_run_logs).metadata
    assert meta["run_id"] == run_logs_data.RUN_ID
    res = flows_client.get_run_logs(meta["run_id"])

    sent = last_request()
    assert (sent.method, sent.url) == ("GET", f"{BASE}/runs/{meta['run_id']}/log")
    assert sent.query == {}
    assert sent.authorization == "Bearer mytoken"
    assert isinstance(res, globus_sdk.services.flows.IterableRunLogsResponse)
    assert list(res) == run_logs_data.RUN_LOGS_RESPONSE["entries"]
    assert res["entries"][0]["code"] == "FlowStarted"


def test_get_run_logs_options(flows_client, last_request):
    load_response(flows_client.get_run_logs)
    flows_client.get_run_logs(
        run_logs_data.RUN_ID,
        limit=10,
        reverse_order=True,
        marker="m",
        query_params={"x": "1"},
    )
    assert last_request().query == {
        "limit": ["10"],
        "reverse_order": ["True"],
        "marker": ["m"],
        "x": ["1"],
    }


def test_get_run_logs_paginated(flows_client):
    load_response(flows_client.get_run_logs, case="paginated")
    entries = list(
        flows_client.paginated.get_run_logs(run_logs_data.RUN_ID, limit=2).items()
    )
    pages = run_logs_data.PAGINATED_RUN_LOG_RESPONSES
    assert entries == [e for page in pages for e in page["entries"]]
    assert len(responses.calls) == len(pages)
    for call in responses.calls:
        assert urllib.parse.parse_qs(urllib.parse.urlsplit(call.request.url).query)[
            "limit"
        ] == ["2"]


def test_cancel_run(flows_client, last_request):
    meta = load_response(flows_client.cancel_run).metadata
    res = flows_client.cancel_run(meta["run_id"])

    sent = last_request()
    assert (sent.method, sent.url) == ("POST", f"{BASE}/runs/{meta['run_id']}/cancel")
    assert sent.query == {}
    assert sent.body is None
    assert sent.authorization == "Bearer mytoken"
    assert res["display_status"] == "CANCELLING"
    assert res["run_id"] == meta["run_id"]


def test_update_run(flows_client, last_request):
    meta = load_response(flows_client.update_run).metadata
    res = flows_client.update_run(
        meta["run_id"],
        label="Copy the Q1 report (rerun)",
        tags=["reports", "q1", "rerun"],
        run_managers=["urn:globus:groups:id:e3a81c5f-6b2d-4a9e-8c17-94d0f2b6a7c1"],
        run_monitors=[],
        additional_fields={"extra": True},
    )

    sent = last_request()
    assert (sent.method, sent.url) == ("PUT", f"{BASE}/runs/{meta['run_id']}")
    assert sent.query == {}
    assert sent.authorization == "Bearer mytoken"
    assert sent.body == {
        "label": "Copy the Q1 report (rerun)",
        "tags": ["reports", "q1", "rerun"],
        "run_managers": ["urn:globus:groups:id:e3a81c5f-6b2d-4a9e-8c17-94d0f2b6a7c1"],
        "run_monitors": [],
        "extra": True,
    }
    assert res["run_id"] == meta["run_id"]
    assert res["flow_id"] == meta["flow_id"]
    assert res["label"] == "Copy the Q1 report (rerun)"


def test_update_run_nothing(flows_client, last_request):
    meta = load_response(flows_client.update_run).metadata
    flows_client.update_run(meta["run_id"])
    assert last_request().body == {}


def test_delete_run(flows_client, last_request):
    meta = load_response(flows_client.delete_run).metadata
    res = flows_client.delete_run(meta["run_id"])

    sent = last_request()
    assert (sent.method, sent.url) == ("POST", f"{BASE}/runs/{meta['run_id']}/release")
    assert sent.query == {}
    assert sent.body is None
    assert sent.authorization == "Bearer mytoken"
    assert res["run_id"] == meta["run_id"]


def test_delete_run_conflict(flows_client):
    meta = load_response(flows_client.delete_run, case="conflict").metadata
    with pytest.raises(globus_sdk.FlowsAPIError) as excinfo:
        flows_client.delete_run(meta["run_id"])
    err = excinfo.value
    assert err.http_status == 409
    assert err.code == "STATE_CONFLICT"
    assert meta["run_id"] in err.messages[0]
