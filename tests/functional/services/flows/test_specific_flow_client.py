"""SpecificFlowClient: its scopes, and the exact request and result of each method."""

from __future__ import annotations

import uuid

import pytest

import globus_sdk
from globus_sdk._testing import load_response
from globus_sdk.scopes import Scope, SpecificFlowScopeBuilder

BASE = "https://flows.automate.globus.org"
FLOW_ID = "3f6a9c2e-7b14-4d85-9e0a-c5b2d8f17a34"


def test_instance_scopes(specific_flow_client):
    client = specific_flow_client(uuid.UUID(FLOW_ID))
    assert isinstance(client.scopes, SpecificFlowScopeBuilder)
    assert client.scopes.user == (
        f"https://auth.globus.org/scopes/{FLOW_ID}/"
        f"flow_{FLOW_ID.replace('-', '_')}_user"
    )
    assert client.resource_server == FLOW_ID
    reqs = client.default_scope_requirements
    assert all(isinstance(s, Scope) for s in reqs)
    assert [str(s) for s in reqs] == [client.scopes.user]


@pytest.mark.parametrize("attr", ["user", "resource_server"])
def test_class_scopes_explain_they_need_an_instance(attr):
    with pytest.raises(AttributeError, match="Instantiate a SpecificFlowClient"):
        getattr(globus_sdk.SpecificFlowClient.scopes, attr)


def test_run_flow(specific_flow_client, last_request):
    meta = load_response(globus_sdk.SpecificFlowClient.run_flow).metadata
    params = meta["request_params"]
    client = specific_flow_client(meta["flow_id"])
    res = client.run_flow(**params)

    sent = last_request()
    assert (sent.method, sent.url) == ("POST", f"{BASE}/flows/{meta['flow_id']}/run")
    assert sent.query == {}
    assert sent.authorization == "Bearer flowtoken"
    assert sent.body == params
    assert res.http_status == 201
    assert res["flow_id"] == meta["flow_id"]
    assert res["status"] == "ACTIVE"
    assert res["label"] == params["label"]


def test_run_flow_minimal(specific_flow_client, last_request):
    meta = load_response(globus_sdk.SpecificFlowClient.run_flow).metadata
    specific_flow_client(meta["flow_id"]).run_flow({})
    assert last_request().body == {"body": {}}


@pytest.mark.parametrize(
    "policy, expect",
    [
        (
            globus_sdk.RunActivityNotificationPolicy(status=["SUCCEEDED", "FAILED"]),
            {"status": ["SUCCEEDED", "FAILED"]},
        ),
        (globus_sdk.RunActivityNotificationPolicy(), {}),
        ({"status": ["INACTIVE"]}, {"status": ["INACTIVE"]}),
    ],
)
def test_run_flow_all_options(specific_flow_client, last_request, policy, expect):
    meta = load_response(globus_sdk.SpecificFlowClient.run_flow).metadata
    specific_flow_client(meta["flow_id"]).run_flow(
        {"x": 1},
        label="L",
        tags=[],
        activity_notification_policy=policy,
        run_monitors=["m"],
        run_managers=["g"],
        additional_fields={"label": "overridden", "extra": 1},
    )
    assert last_request().body == {
        "body": {"x": 1},
        "label": "overridden",
        "tags": [],
        "activity_notification_policy": expect,
        "run_monitors": ["m"],
        "run_managers": ["g"],
        "extra": 1,
    }


def test_run_flow_missing_scope_error(specific_flow_client):
    meta = load_response(
        globus_sdk.SpecificFlowClient.run_flow, case="missing_scope_error"
    ).metadata
    client = specific_flow_client(meta["flow_id"])
    with pytest.raises(globus_sdk.FlowsAPIError) as excinfo:
        client.run_flow(**meta["request_params"])
    err = excinfo.value
    assert err.http_status == 403
    assert err.code == "MISSING_SCOPE"
    assert client.scopes.user in err.message


def test_resume_run(specific_flow_client, last_request):
    meta = load_response(globus_sdk.SpecificFlowClient.resume_run).metadata
    res = specific_flow_client(meta["flow_id"]).resume_run(meta["run_id"])

    sent = last_request()
    assert (sent.method, sent.url) == ("POST", f"{BASE}/runs/{meta['run_id']}/resume")
    assert sent.query == {}
    assert sent.body is None
    assert sent.authorization == "Bearer flowtoken"
    assert res["run_id"] == meta["run_id"]
    assert res["status"] == "ACTIVE"


def test_validate_run(specific_flow_client, last_request):
    fixture = load_response(globus_sdk.SpecificFlowClient.validate_run)
    meta = fixture.metadata
    request_body = meta["request_body"]
    res = specific_flow_client(meta["flow_id"]).validate_run(**request_body)

    sent = last_request()
    assert (sent.method, sent.url) == (
        "POST",
        f"{BASE}/flows/{meta['flow_id']}/validate_run",
    )
    assert sent.query == {}
    assert sent.authorization == "Bearer flowtoken"
    assert sent.body == request_body
    assert res["message"] == "success"
    assert res.data == fixture.json


def test_validate_run_all_options(specific_flow_client, last_request):
    meta = load_response(globus_sdk.SpecificFlowClient.validate_run).metadata
    specific_flow_client(meta["flow_id"]).validate_run(
        {"x": 1},
        label="L",
        tags=["t"],
        run_monitors=["m"],
        run_managers=["g"],
        activity_notification_policy=globus_sdk.RunActivityNotificationPolicy(
            status=["FAILED"]
        ),
        additional_fields={"a": "b"},
    )
    assert last_request().body == {
        "body": {"x": 1},
        "label": "L",
        "tags": ["t"],
        "run_monitors": ["m"],
        "run_managers": ["g"],
        "activity_notification_policy": {"status": ["FAILED"]},
        "a": "b",
    }


@pytest.mark.parametrize(
    "case, status, code",
    [
        ("invalid_input_payload", 400, "FLOW_INPUT_ERROR"),
        ("invalid_token", 401, "AUTHENTICATION_ERROR"),
        ("not_a_flow_starter", 403, "FORBIDDEN"),
    ],
)
def test_validate_run_errors(specific_flow_client, case, status, code):
    meta = load_response(globus_sdk.SpecificFlowClient.validate_run, case=case).metadata
    client = specific_flow_client(meta["flow_id"])
    with pytest.raises(globus_sdk.FlowsAPIError) as excinfo:
        client.validate_run(**meta["request_body"])
    assert excinfo.value.http_status == status
    assert excinfo.value.code == code
    assert len(excinfo.value.messages) == 1
