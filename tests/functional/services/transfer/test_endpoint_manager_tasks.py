"""One test (or more) per endpoint-manager task method of TransferClient."""

from __future__ import annotations

import datetime
import uuid

import pytest

import globus_sdk
from globus_sdk._testing import load_response

from .conftest import BASE

TASK_ID = "42277910-0c18-11ef-8a3b-0242ac110002"


def test_endpoint_manager_task_list(client, last_request):
    meta = load_response(client.endpoint_manager_task_list).metadata
    res = client.endpoint_manager_task_list()

    sent = last_request()
    assert (sent.method, sent.url) == ("GET", f"{BASE}/endpoint_manager/task_list")
    assert sent.query == {}
    assert sent.body is None
    assert sent.authorization == "Bearer mytoken"
    assert isinstance(res, globus_sdk.IterableTransferResponse)
    (task,) = list(res)
    assert task["task_id"] == meta["task_id"]
    assert task["owner_id"] == meta["owner_id"]
    assert task["source_endpoint_id"] == meta["source"]
    assert task["destination_endpoint_id"] == meta["destination"]


def test_endpoint_manager_task_list_all_filters(client, last_request):
    load_response(client.endpoint_manager_task_list)
    client.endpoint_manager_task_list(
        filter_status=["ACTIVE", "INACTIVE"],
        filter_task_id=[TASK_ID, uuid.UUID("5c0a8e7e-0c19-11ef-8a3b-0242ac110002")],
        filter_owner_id=uuid.UUID("8ca28797-3541-4a5d-a264-05b00f91e608"),
        filter_endpoint="aa752cea-8222-5bc8-acd9-555b090c0ccb",
        filter_endpoint_use="source",
        filter_is_paused=True,
        filter_completion_time=(
            datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc),
            "2024-02-01T00:00:00",
        ),
        filter_min_faults=2,
        filter_local_user="alice",
        last_key="lk-1",
        query_params={"extra": "x"},
    )
    assert last_request().query == {
        "filter_status": ["ACTIVE,INACTIVE"],
        "filter_task_id": [f"{TASK_ID},5c0a8e7e-0c19-11ef-8a3b-0242ac110002"],
        "filter_owner_id": ["8ca28797-3541-4a5d-a264-05b00f91e608"],
        "filter_endpoint": ["aa752cea-8222-5bc8-acd9-555b090c0ccb"],
        "filter_endpoint_use": ["source"],
        "filter_is_paused": ["True"],
        "filter_completion_time": ["2024-01-02T03:04:05+00:00,2024-02-01T00:00:00"],
        "filter_min_faults": ["2"],
        "filter_local_user": ["alice"],
        "last_key": ["lk-1"],
        "extra": ["x"],
    }


def test_endpoint_manager_task_list_single_values(client, last_request):
    load_response(client.endpoint_manager_task_list)
    client.endpoint_manager_task_list(
        filter_status="SUCCEEDED",
        filter_task_id=TASK_ID,
        filter_completion_time="2024-01-01,2024-02-01",
        filter_is_paused=False,
    )
    assert last_request().query == {
        "filter_status": ["SUCCEEDED"],
        "filter_task_id": [TASK_ID],
        "filter_completion_time": ["2024-01-01,2024-02-01"],
        "filter_is_paused": ["False"],
    }


def test_endpoint_manager_task_list_endpoint_use_needs_endpoint(client, sent_requests):
    with pytest.raises(globus_sdk.GlobusSDKUsageError, match="filter_endpoint"):
        client.endpoint_manager_task_list(filter_endpoint_use="destination")
    assert sent_requests() == []


def test_endpoint_manager_task_list_paginated(client, sent_requests):
    meta = load_response(client.endpoint_manager_task_list, case="paginated").metadata
    items = list(client.paginated.endpoint_manager_task_list(filter_status="ACTIVE").items())
    assert [t["task_id"] for t in items] == meta["task_ids"]
    first, second = sent_requests()
    assert first.query == {"filter_status": ["ACTIVE"]}
    assert second.query == {"filter_status": ["ACTIVE"], "last_key": [meta["last_key"]]}


def test_endpoint_manager_get_task(client, last_request):
    meta = load_response(client.endpoint_manager_get_task).metadata
    res = client.endpoint_manager_get_task(uuid.UUID(meta["task_id"]))

    sent = last_request()
    assert (sent.method, sent.url) == ("GET", f"{BASE}/endpoint_manager/task/{meta['task_id']}")
    assert sent.query == {}
    assert sent.body is None
    assert sent.authorization == "Bearer mytoken"
    assert res["task_id"] == meta["task_id"]


@pytest.mark.parametrize(
    "kwargs, expect",
    [
        ({}, {}),
        (
            {"limit": 5, "offset": 10, "filter_is_error": True},
            {"limit": ["5"], "offset": ["10"], "filter_is_error": ["1"]},
        ),
        ({"filter_is_error": False}, {"filter_is_error": ["0"]}),
    ],
)
def test_endpoint_manager_task_event_list(client, last_request, kwargs, expect):
    meta = load_response(client.endpoint_manager_task_event_list).metadata
    res = client.endpoint_manager_task_event_list(meta["task_id"], **kwargs)

    sent = last_request()
    assert (sent.method, sent.url) == (
        "GET",
        f"{BASE}/endpoint_manager/task/{meta['task_id']}/event_list",
    )
    assert sent.query == expect
    assert sent.body is None
    assert sent.authorization == "Bearer mytoken"
    assert [e["is_error"] for e in res] == [True, False]


def test_endpoint_manager_task_event_list_paginated(client, sent_requests):
    meta = load_response(client.endpoint_manager_task_event_list).metadata
    items = list(client.paginated.endpoint_manager_task_event_list(meta["task_id"]).items())
    assert len(items) == 2
    assert sent_requests()[0].query == {"limit": ["1000"]}


def test_endpoint_manager_task_pause_info(client, last_request):
    meta = load_response(client.endpoint_manager_task_pause_info).metadata
    res = client.endpoint_manager_task_pause_info(meta["task_id"], query_params={"q": "1"})

    sent = last_request()
    assert (sent.method, sent.url) == (
        "GET",
        f"{BASE}/endpoint_manager/task/{meta['task_id']}/pause_info",
    )
    assert sent.query == {"q": ["1"]}
    assert sent.body is None
    assert sent.authorization == "Bearer mytoken"
    assert res["DATA_TYPE"] == "pause_info"
    assert res["source_pause_message"] == "Storage maintenance until 06:00 UTC"
    assert [r["id"] for r in res["pause_rules"]] == ["87a9b7f6-3c2d-4e1f-8a9b-0c1d2e3f4a5b"]


def test_endpoint_manager_task_successful_transfers(client, last_request):
    meta = load_response(client.endpoint_manager_task_successful_transfers).metadata
    res = client.endpoint_manager_task_successful_transfers(meta["task_id"], marker="m")

    sent = last_request()
    assert (sent.method, sent.url) == (
        "GET",
        f"{BASE}/endpoint_manager/task/{meta['task_id']}/successful_transfers",
    )
    assert sent.query == {"marker": ["m"]}
    assert sent.body is None
    assert sent.authorization == "Bearer mytoken"
    assert [x["source_path"] for x in res] == ["/projects/run-17/a.h5", "/projects/run-17/b.h5"]


def test_endpoint_manager_task_skipped_errors(client, last_request):
    meta = load_response(client.endpoint_manager_task_skipped_errors).metadata
    res = client.endpoint_manager_task_skipped_errors(meta["task_id"])

    sent = last_request()
    assert (sent.method, sent.url) == (
        "GET",
        f"{BASE}/endpoint_manager/task/{meta['task_id']}/skipped_errors",
    )
    assert sent.query == {}
    assert sent.body is None
    assert sent.authorization == "Bearer mytoken"
    assert [x["error_code"] for x in res] == ["PERMISSION_DENIED"]


@pytest.mark.parametrize("as_iterator", [False, True])
def test_endpoint_manager_cancel_tasks(client, last_request, as_iterator):
    meta = load_response(client.endpoint_manager_cancel_tasks).metadata
    ids = [meta["task_ids"][0], uuid.UUID(meta["task_ids"][1])]
    res = client.endpoint_manager_cancel_tasks(
        iter(ids) if as_iterator else ids, "Cancelled for storage maintenance"
    )

    sent = last_request()
    assert (sent.method, sent.url) == ("POST", f"{BASE}/endpoint_manager/admin_cancel")
    assert sent.query == {}
    assert sent.body == {
        "message": "Cancelled for storage maintenance",
        "task_id_list": meta["task_ids"],
    }
    assert sent.authorization == "Bearer mytoken"
    assert res["id"] == meta["admin_cancel_id"]


def test_endpoint_manager_cancel_tasks_single_id_string(client, last_request):
    """A single id string is one id, not a sequence of characters."""
    load_response(client.endpoint_manager_cancel_tasks)
    client.endpoint_manager_cancel_tasks(TASK_ID, "msg", query_params={"x": "1"})
    sent = last_request()
    assert sent.body == {"message": "msg", "task_id_list": [TASK_ID]}
    assert sent.query == {"x": ["1"]}


def test_endpoint_manager_cancel_status(client, last_request):
    meta = load_response(client.endpoint_manager_cancel_status).metadata
    res = client.endpoint_manager_cancel_status(meta["admin_cancel_id"])

    sent = last_request()
    assert (sent.method, sent.url) == (
        "GET",
        f"{BASE}/endpoint_manager/admin_cancel/{meta['admin_cancel_id']}",
    )
    assert sent.query == {}
    assert sent.body is None
    assert sent.authorization == "Bearer mytoken"
    assert res["id"] == meta["admin_cancel_id"]
    assert res["done"] is True


def test_endpoint_manager_pause_tasks(client, last_request):
    meta = load_response(client.endpoint_manager_pause_tasks).metadata
    res = client.endpoint_manager_pause_tasks(meta["task_ids"], "pausing for maintenance")

    sent = last_request()
    assert (sent.method, sent.url) == ("POST", f"{BASE}/endpoint_manager/admin_pause")
    assert sent.query == {}
    assert sent.body == {"message": "pausing for maintenance", "task_id_list": meta["task_ids"]}
    assert sent.authorization == "Bearer mytoken"
    assert res["code"] == "PauseAccepted"


def test_endpoint_manager_resume_tasks(client, last_request):
    meta = load_response(client.endpoint_manager_resume_tasks).metadata
    res = client.endpoint_manager_resume_tasks([uuid.UUID(x) for x in meta["task_ids"]])

    sent = last_request()
    assert (sent.method, sent.url) == ("POST", f"{BASE}/endpoint_manager/admin_resume")
    assert sent.query == {}
    assert sent.body == {"task_id_list": meta["task_ids"]}
    assert sent.authorization == "Bearer mytoken"
    assert res["code"] == "ResumeAccepted"
