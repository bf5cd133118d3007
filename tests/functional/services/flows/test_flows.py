"""FlowsClient's flow operations: the exact request of each method, the parsed result."""

from __future__ import annotations

import urllib.parse
import uuid

import pytest
import responses

import globus_sdk
from globus_sdk._testing import get_last_request, load_response
from globus_sdk.exc import RemovedInV4Warning

BASE = "https://flows.automate.globus.org"


def test_scopes_and_defaults(flows_client):
    assert flows_client.scopes is globus_sdk.scopes.FlowsScopes
    assert flows_client.resource_server == "flows.globus.org"
    assert [str(s) for s in flows_client.default_scope_requirements] == [
        globus_sdk.scopes.FlowsScopes.all
    ]
    # a fresh list each time: callers cannot alter the class's defaults
    assert (
        globus_sdk.FlowsClient.default_scope_requirements
        is not globus_sdk.FlowsClient.default_scope_requirements
    )


def test_create_flow(flows_client, last_request):
    meta = load_response(flows_client.create_flow).metadata
    params = meta["params"]
    res = flows_client.create_flow(**params)

    sent = last_request()
    assert (sent.method, sent.url) == ("POST", f"{BASE}/flows")
    assert sent.query == {}
    assert sent.authorization == "Bearer mytoken"
    assert sent.content_type == "application/json"
    assert sent.body == params
    assert res.http_status == 201
    assert res["title"] == params["title"]
    assert res["definition"] == params["definition"]


def test_create_flow_minimal_omits_unset_fields(flows_client, last_request):
    meta = load_response(flows_client.create_flow).metadata
    p = meta["params"]
    flows_client.create_flow(p["title"], p["definition"], p["input_schema"])
    assert last_request().body == {
        "title": p["title"],
        "definition": p["definition"],
        "input_schema": p["input_schema"],
    }


def test_create_flow_subscription_and_additional_fields(flows_client, last_request):
    meta = load_response(flows_client.create_flow).metadata
    p = meta["params"]
    sub_id = uuid.UUID("0a6e4f2b-91c8-4d37-b5e2-c8f13a9d7e60")
    flows_client.create_flow(
        p["title"],
        p["definition"],
        p["input_schema"],
        keywords=[],
        subscription_id=sub_id,
        additional_fields={"title": "overridden", "extra": {"k": "v"}},
    )
    body = last_request().body
    assert body["subscription_id"] == str(sub_id)
    assert body["keywords"] == []
    assert body["title"] == "overridden"
    assert body["extra"] == {"k": "v"}
    assert body == {
        "title": "overridden",
        "definition": p["definition"],
        "input_schema": p["input_schema"],
        "keywords": [],
        "subscription_id": str(sub_id),
        "extra": {"k": "v"},
    }


def test_create_flow_bad_admin_principal_error(flows_client):
    meta = load_response(
        flows_client.create_flow, case="bad_admin_principal_error"
    ).metadata
    with pytest.raises(globus_sdk.FlowsAPIError) as excinfo:
        flows_client.create_flow(**meta["params"])
    err = excinfo.value
    assert err.http_status == 422
    assert err.code == "UNPROCESSABLE_ENTITY"
    assert err.messages == [
        f'Unrecognized principal string: "{p}"'
        for p in meta["params"]["flow_administrators"]
    ]


def test_get_flow(flows_client, last_request):
    meta = load_response(flows_client.get_flow).metadata
    res = flows_client.get_flow(meta["flow_id"])

    sent = last_request()
    assert (sent.method, sent.url) == ("GET", f"{BASE}/flows/{meta['flow_id']}")
    assert sent.query == {}
    assert sent.body is None
    assert sent.authorization == "Bearer mytoken"
    assert res["id"] == meta["flow_id"]
    assert res["title"] == meta["title"]


def test_get_flow_uuid_and_query_params(flows_client, last_request):
    meta = load_response(flows_client.get_flow).metadata
    flows_client.get_flow(uuid.UUID(meta["flow_id"]), query_params={"x": "y"})
    sent = last_request()
    assert sent.url == f"{BASE}/flows/{meta['flow_id']}"
    assert sent.query == {"x": ["y"]}


def test_flow_id_is_one_path_segment(flows_client):
    responses.add(responses.GET, f"{BASE}/flows/..%2Fruns", json={})
    flows_client.get_flow("../runs")
    req = get_last_request()
    assert req is not None
    assert req.path_url == "/flows/..%2Fruns"


def test_list_flows(flows_client, last_request):
    meta = load_response(flows_client.list_flows).metadata
    res = flows_client.list_flows()

    sent = last_request()
    assert (sent.method, sent.url) == ("GET", f"{BASE}/flows")
    assert sent.query == {}
    assert sent.authorization == "Bearer mytoken"
    assert isinstance(res, globus_sdk.IterableFlowsResponse)
    flows = list(res)
    assert flows[0]["id"] == meta["first_flow_id"]
    assert len(flows) == 2


def test_list_flows_filters(flows_client, last_request):
    load_response(flows_client.list_flows)
    query = {"per_page": "10", "marker": "from-query-params"}
    flows_client.list_flows(
        filter_roles=["flow_owner", "flow_viewer"],
        filter_fulltext="report",
        orderby=["updated_at DESC", "title ASC"],
        marker="mk",
        query_params=query,
    )
    assert last_request().query == {
        "filter_roles": ["flow_owner,flow_viewer"],
        "filter_fulltext": ["report"],
        "orderby": ["updated_at DESC", "title ASC"],
        "marker": ["mk"],  # the explicit argument wins
        "per_page": ["10"],
    }
    assert query == {"per_page": "10", "marker": "from-query-params"}  # not mutated


def test_list_flows_single_values(flows_client, last_request):
    load_response(flows_client.list_flows)
    flows_client.list_flows(filter_roles="flow_starter", orderby="created_at ASC")
    assert last_request().query == {
        "filter_roles": ["flow_starter"],
        "orderby": ["created_at ASC"],
    }


def test_list_flows_orderby_generator(flows_client, last_request):
    load_response(flows_client.list_flows)
    flows_client.list_flows(orderby=(f"{f} ASC" for f in ("title", "id")))
    assert last_request().query == {"orderby": ["title ASC", "id ASC"]}


def test_list_flows_filter_role_is_deprecated(flows_client, last_request):
    load_response(flows_client.list_flows)
    with pytest.warns(RemovedInV4Warning, match="filter_roles"):
        flows_client.list_flows(filter_role="flow_owner")
    assert last_request().query == {"filter_role": ["flow_owner"]}


def test_list_flows_filter_role_and_roles_are_exclusive(flows_client):
    with pytest.raises(globus_sdk.GlobusSDKUsageError, match="filter_role"):
        flows_client.list_flows(filter_role="flow_owner", filter_roles="flow_owner")
    assert get_last_request() is None


def test_list_flows_paginated(flows_client):
    rlist = load_response(flows_client.list_flows, case="paginated")
    meta = rlist.metadata

    items = list(flows_client.paginated.list_flows().items())

    assert len(items) == meta["total_items"]
    assert len({f["id"] for f in items}) == meta["total_items"]
    markers = [_marker_of(call.request.url) for call in responses.calls]
    assert len(markers) == meta["num_pages"]
    assert markers == meta["expect_markers"]


def _marker_of(url: str) -> str | None:
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(url).query)
    return query.get("marker", [None])[0]


def test_update_flow(flows_client, last_request):
    meta = load_response(flows_client.update_flow).metadata
    res = flows_client.update_flow(meta["flow_id"], **meta["params"])

    sent = last_request()
    assert (sent.method, sent.url) == ("PUT", f"{BASE}/flows/{meta['flow_id']}")
    assert sent.query == {}
    assert sent.authorization == "Bearer mytoken"
    # the empty string and the empty list are sent: they clear those fields
    assert sent.body == meta["params"]
    assert res["title"] == meta["params"]["title"]
    assert res["keywords"] == []


def test_update_flow_sends_only_given_fields(flows_client, last_request):
    meta = load_response(flows_client.update_flow).metadata
    flows_client.update_flow(meta["flow_id"], title="T", subscription_id=None)
    assert last_request().body == {"title": "T"}


def test_update_flow_all_fields(flows_client, last_request):
    meta = load_response(flows_client.update_flow).metadata
    definition = {"StartAt": "Done", "States": {"Done": {"Type": "Pass", "End": True}}}
    flows_client.update_flow(
        meta["flow_id"],
        title="T",
        definition=definition,
        input_schema={},
        subtitle="",
        description="",
        flow_owner="urn:globus:auth:identity:b7b4d5e2-3c9a-4f5e-9d1a-6a2f4c8e0b13",
        flow_viewers=[],
        flow_starters=["all_authenticated_users"],
        flow_administrators=[],
        run_managers=[],
        run_monitors=[],
        keywords=["k"],
        subscription_id="DEFAULT",
        additional_fields={"z": 1},
    )
    assert last_request().body == {
        "title": "T",
        "definition": definition,
        "input_schema": {},
        "subtitle": "",
        "description": "",
        "flow_owner": "urn:globus:auth:identity:b7b4d5e2-3c9a-4f5e-9d1a-6a2f4c8e0b13",
        "flow_viewers": [],
        "flow_starters": ["all_authenticated_users"],
        "flow_administrators": [],
        "run_managers": [],
        "run_monitors": [],
        "keywords": ["k"],
        "subscription_id": "DEFAULT",
        "z": 1,
    }


def test_update_flow_subscription_uuid(flows_client, last_request):
    meta = load_response(flows_client.update_flow).metadata
    sub = uuid.uuid4()
    flows_client.update_flow(meta["flow_id"], subscription_id=sub)
    assert last_request().body == {"subscription_id": str(sub)}


def test_delete_flow(flows_client, last_request):
    meta = load_response(flows_client.delete_flow).metadata
    res = flows_client.delete_flow(meta["flow_id"], query_params={"force": "true"})

    sent = last_request()
    assert (sent.method, sent.url) == ("DELETE", f"{BASE}/flows/{meta['flow_id']}")
    assert sent.query == {"force": ["true"]}
    assert sent.body is None
    assert sent.authorization == "Bearer mytoken"
    assert res["id"] == meta["flow_id"]
    assert res["deleted_at"] is not None


def test_validate_flow(flows_client, last_request):
    meta = load_response(flows_client.validate_flow).metadata
    success = meta["success"]
    res = flows_client.validate_flow(success["definition"], success["input_schema"])

    sent = last_request()
    assert (sent.method, sent.url) == ("POST", f"{BASE}/flows/validate")
    assert sent.query == {}
    assert sent.authorization == "Bearer mytoken"
    assert sent.body == {
        "definition": success["definition"],
        "input_schema": success["input_schema"],
    }
    assert res.data == success["response"]


def test_validate_flow_without_schema(flows_client, last_request):
    meta = load_response(flows_client.validate_flow).metadata
    flows_client.validate_flow(meta["success"]["definition"])
    assert last_request().body == {"definition": meta["success"]["definition"]}


def test_validate_flow_definition_error(flows_client):
    meta = load_response(flows_client.validate_flow, case="definition_error").metadata
    invalid = meta["invalid"]
    with pytest.raises(globus_sdk.FlowsAPIError) as excinfo:
        flows_client.validate_flow(invalid["definition"], invalid["input_schema"])
    err = excinfo.value
    assert err.http_status == 422
    assert err.code == "UNPROCESSABLE_ENTITY"
    assert err.messages == ["A state of type 'None' is not supported"]
