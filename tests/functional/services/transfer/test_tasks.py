"""One test (or more) per task method of TransferClient: exact request, parsed result."""

from __future__ import annotations

import re
import uuid

import pytest
import responses

import globus_sdk
from globus_sdk._testing import load_response

from .conftest import BASE

SRC = "aa752cea-8222-5bc8-acd9-555b090c0ccb"
DST = "313ce13e-b597-5858-ae13-29e46fea26e6"


# ---- submission ids and submissions
def test_get_submission_id(client, last_request):
    meta = load_response(client.get_submission_id).metadata
    res = client.get_submission_id()

    sent = last_request()
    assert (sent.method, sent.url) == ("GET", f"{BASE}/submission_id")
    assert sent.query == {}
    assert sent.body is None
    assert sent.authorization == "Bearer mytoken"
    assert res["value"] == meta["submission_id"]


def test_get_submission_id_query_params(client, last_request):
    load_response(client.get_submission_id)
    client.get_submission_id(query_params={"a": "1"})
    assert last_request().query == {"a": ["1"]}


def test_submit_transfer_with_submission_id(client, sent_requests):
    meta = load_response(client.submit_transfer).metadata
    tdata = globus_sdk.TransferData(
        source_endpoint=SRC, destination_endpoint=DST, submission_id=meta["submission_id"]
    )
    tdata.add_item("/src/file.txt", "/dst/file.txt")
    res = client.submit_transfer(tdata)

    (sent,) = sent_requests()  # no submission_id fetch
    assert (sent.method, sent.url) == ("POST", f"{BASE}/transfer")
    assert sent.query == {}
    assert sent.content_type == "application/json"
    assert sent.authorization == "Bearer mytoken"
    assert sent.body == {
        "DATA_TYPE": "transfer",
        "DATA": [
            {
                "DATA_TYPE": "transfer_item",
                "source_path": "/src/file.txt",
                "destination_path": "/dst/file.txt",
            }
        ],
        "source_endpoint": SRC,
        "destination_endpoint": DST,
        "submission_id": meta["submission_id"],
        "verify_checksum": False,
        "preserve_timestamp": False,
        "encrypt_data": False,
        "skip_source_errors": False,
        "fail_on_quota_errors": False,
        "delete_destination_extra": False,
        "notify_on_succeeded": True,
        "notify_on_failed": True,
        "notify_on_inactive": True,
    }
    assert res.http_status == 202
    assert res["task_id"] == meta["task_id"]


def test_submit_transfer_fetches_and_stores_submission_id(client, sent_requests):
    sub_id = load_response(client.get_submission_id).metadata["submission_id"]
    meta = load_response(client.submit_transfer).metadata
    tdata = globus_sdk.TransferData(source_endpoint=SRC, destination_endpoint=DST)
    tdata.add_item("/src/dir/", "/dst/dir/", recursive=True)
    res = client.submit_transfer(tdata)

    fetch, submit = sent_requests()
    assert (fetch.method, fetch.url, fetch.query, fetch.body) == (
        "GET",
        f"{BASE}/submission_id",
        {},
        None,
    )
    assert (submit.method, submit.url, submit.query) == ("POST", f"{BASE}/transfer", {})
    assert submit.body["submission_id"] == sub_id
    assert submit.body["DATA"][0]["recursive"] is True
    assert submit.body == {
        "DATA_TYPE": "transfer",
        "DATA": [
            {
                "DATA_TYPE": "transfer_item",
                "source_path": "/src/dir/",
                "destination_path": "/dst/dir/",
                "recursive": True,
            }
        ],
        "source_endpoint": SRC,
        "destination_endpoint": DST,
        "submission_id": sub_id,
        "verify_checksum": False,
        "preserve_timestamp": False,
        "encrypt_data": False,
        "skip_source_errors": False,
        "fail_on_quota_errors": False,
        "delete_destination_extra": False,
        "notify_on_succeeded": True,
        "notify_on_failed": True,
        "notify_on_inactive": True,
    }
    assert submit.authorization == "Bearer mytoken"
    # stored in the document, so a retry re-uses the same id
    assert tdata["submission_id"] == sub_id
    assert res["task_id"] == meta["task_id"]

    client.submit_transfer(tdata)
    assert [r.path for r in sent_requests()].count("/v0.10/submission_id") == 1


def test_submit_transfer_with_client_arg_fetches_submission_id_early(client, sent_requests):
    sub_id = load_response(client.get_submission_id).metadata["submission_id"]
    load_response(client.submit_transfer)
    tdata = globus_sdk.TransferData(client, SRC, DST)
    assert tdata["submission_id"] == sub_id
    tdata.add_item("/a", "/b")
    client.submit_transfer(tdata)
    assert [r.method for r in sent_requests()] == ["GET", "POST"]


def test_submit_transfer_plain_dict(client, sent_requests):
    sub_id = load_response(client.get_submission_id).metadata["submission_id"]
    load_response(client.submit_transfer)
    doc = {
        "DATA_TYPE": "transfer",
        "source_endpoint": SRC,
        "destination_endpoint": DST,
        "DATA": [{"DATA_TYPE": "transfer_item", "source_path": "/a", "destination_path": "/b"}],
    }
    client.submit_transfer(doc)
    submit = sent_requests()[-1]
    assert submit.body == {**doc, "submission_id": sub_id}
    assert doc["submission_id"] == sub_id


def test_submit_transfer_none_submission_id_is_fetched(client, sent_requests):
    sub_id = load_response(client.get_submission_id).metadata["submission_id"]
    load_response(client.submit_transfer)
    client.submit_transfer({"DATA_TYPE": "transfer", "submission_id": None, "DATA": []})
    assert sent_requests()[-1].body["submission_id"] == sub_id


def test_submit_transfer_failure(client):
    meta = load_response(client.submit_transfer, case="failure").metadata
    tdata = globus_sdk.TransferData(
        source_endpoint=SRC, destination_endpoint=DST, submission_id=str(uuid.uuid4())
    )
    with pytest.raises(globus_sdk.TransferAPIError) as excinfo:
        client.submit_transfer(tdata)
    err = excinfo.value
    assert err.http_status == 400
    assert err.code == "ClientError.BadRequest.NoTransferItems"
    assert err.message == "A transfer requires at least one item"
    assert err.request_id == meta["request_id"]
    assert meta["request_id"] in str(err)


def test_submit_delete(client, sent_requests):
    sub_id = load_response(client.get_submission_id).metadata["submission_id"]
    meta = load_response(client.submit_delete).metadata
    ddata = globus_sdk.DeleteData(endpoint=uuid.UUID(SRC), recursive=True, label="cleanup")
    ddata.add_item("/~/scratch/")
    res = client.submit_delete(ddata)

    fetch, submit = sent_requests()
    assert (fetch.method, fetch.url, fetch.query, fetch.body) == (
        "GET",
        f"{BASE}/submission_id",
        {},
        None,
    )
    assert (submit.method, submit.url) == ("POST", f"{BASE}/delete")
    assert submit.query == {}
    assert submit.authorization == "Bearer mytoken"
    assert submit.body == {
        "DATA_TYPE": "delete",
        "DATA": [{"DATA_TYPE": "delete_item", "path": "/~/scratch/"}],
        "endpoint": SRC,
        "label": "cleanup",
        "recursive": True,
        "ignore_missing": False,
        "interpret_globs": False,
        "notify_on_succeeded": True,
        "notify_on_failed": True,
        "notify_on_inactive": True,
        "submission_id": sub_id,
    }
    assert res["task_id"] == meta["task_id"]
    assert meta["submission_id"] == sub_id


# ---- task_list
def test_task_list(client, last_request):
    meta = load_response(client.task_list).metadata
    res = client.task_list()

    sent = last_request()
    assert (sent.method, sent.url) == ("GET", f"{BASE}/task_list")
    assert sent.query == {}
    assert sent.body is None
    assert sent.authorization == "Bearer mytoken"
    assert isinstance(res, globus_sdk.IterableTransferResponse)
    assert [t["task_id"] for t in res] == [t["task_id"] for t in meta["tasks"]]
    assert [t["status"] for t in res] == [t["status"] for t in meta["tasks"]]


@pytest.mark.parametrize(
    "kwargs, expect",
    [
        (
            {"limit": 10, "offset": 20, "orderby": "request_time DESC", "filter": "status:ACTIVE"},
            {
                "limit": ["10"],
                "offset": ["20"],
                "orderby": ["request_time DESC"],
                "filter": ["status:ACTIVE"],
            },
        ),
        (
            {
                "orderby": ["label", "request_time"],
                "filter": {"status": ["ACTIVE", "INACTIVE"], "type": "TRANSFER"},
            },
            {"orderby": ["label,request_time"], "filter": ["status:ACTIVE,INACTIVE/type:TRANSFER"]},
        ),
        ({"query_params": {"fields": "task_id"}}, {"fields": ["task_id"]}),
        # a named parameter wins over the same key in query_params
        ({"limit": 5, "query_params": {"limit": 50}}, {"limit": ["5"]}),
    ],
)
def test_task_list_params(client, last_request, kwargs, expect):
    load_response(client.task_list)
    client.task_list(**kwargs)
    assert last_request().query == expect


def test_task_list_does_not_modify_query_params(client):
    load_response(client.task_list)
    params = {"fields": "task_id"}
    client.task_list(limit=3, query_params=params)
    assert params == {"fields": "task_id"}


def test_task_list_paginated(client, sent_requests):
    meta = load_response(client.task_list, case="paginated").metadata
    items = list(client.paginated.task_list().items())

    assert [t["task_id"] for t in items] == [t["task_id"] for t in meta["tasks"]]
    first, second = sent_requests()
    assert first.query == {"limit": ["1000"]}
    # the API serves at most 1000 tasks: the second page asks for the rest of them
    assert second.query == {"limit": ["998"], "offset": ["2"]}


# ---- single tasks
def test_task_event_list(client, last_request):
    meta = load_response(client.task_event_list).metadata
    res = client.task_event_list(meta["task_id"], limit=3, offset=6)

    sent = last_request()
    assert (sent.method, sent.url) == ("GET", f"{BASE}/task/{meta['task_id']}/event_list")
    assert sent.query == {"limit": ["3"], "offset": ["6"]}
    assert sent.body is None
    assert sent.authorization == "Bearer mytoken"
    assert [e["code"] for e in res] == ["SUCCEEDED", "CONNECTION_RESET", "STARTED"]


def test_task_event_list_paginated(client, sent_requests):
    meta = load_response(client.task_event_list).metadata
    pages = list(client.paginated.task_event_list(uuid.UUID(meta["task_id"])).pages())
    assert len(pages) == 1
    assert sent_requests()[0].query == {"limit": ["1000"]}


def test_get_task(client, last_request):
    meta = load_response(client.get_task).metadata
    res = client.get_task(uuid.UUID(meta["task_id"]), query_params={"fields": "status"})

    sent = last_request()
    assert (sent.method, sent.url) == ("GET", f"{BASE}/task/{meta['task_id']}")
    assert sent.query == {"fields": ["status"]}
    assert sent.body is None
    assert sent.authorization == "Bearer mytoken"
    assert res["task_id"] == meta["task_id"]
    assert res["status"] == "SUCCEEDED"


def test_get_task_not_found(client):
    meta = load_response(client.get_task, case="not_found").metadata
    with pytest.raises(globus_sdk.TransferAPIError) as excinfo:
        client.get_task(meta["task_id"])
    assert excinfo.value.http_status == 404
    assert excinfo.value.code == "TaskNotFound"


@pytest.mark.parametrize("task_id, segment", [("a/b", "a%2Fb"), ("x?y", "x%3Fy"), ("a#b", "a%23b")])
def test_task_id_cannot_change_the_route(client, last_request, task_id, segment):
    responses.add(responses.GET, re.compile(r"https://transfer\.api\.globus\.org/.*"), json={})
    client.get_task(task_id)
    assert last_request().path == f"/v0.10/task/{segment}"


@pytest.mark.parametrize("task_id", ["..", ".", ""])
def test_task_id_dot_segments_are_refused(client, sent_requests, task_id):
    with pytest.raises(globus_sdk.GlobusSDKUsageError):
        client.get_task(task_id)
    assert sent_requests() == []


def test_update_task(client, last_request):
    meta = load_response(client.update_task).metadata
    res = client.update_task(meta["task_id"], {"label": meta["label"]})

    sent = last_request()
    assert (sent.method, sent.url) == ("PUT", f"{BASE}/task/{meta['task_id']}")
    assert sent.query == {}
    assert sent.body == {"label": meta["label"]}
    assert sent.content_type == "application/json"
    assert sent.authorization == "Bearer mytoken"
    assert res["label"] == meta["label"]


def test_cancel_task(client, last_request):
    meta = load_response(client.cancel_task).metadata
    res = client.cancel_task(meta["task_id"])

    sent = last_request()
    assert (sent.method, sent.url) == ("POST", f"{BASE}/task/{meta['task_id']}/cancel")
    assert sent.body is None
    assert sent.query == {}
    assert sent.authorization == "Bearer mytoken"
    assert res["code"] == "Canceled"


def test_cancel_task_already_done(client):
    meta = load_response(client.cancel_task, case="already_done").metadata
    with pytest.raises(globus_sdk.TransferAPIError) as excinfo:
        client.cancel_task(meta["task_id"])
    assert excinfo.value.code == "TaskComplete"


def test_task_pause_info(client, last_request):
    meta = load_response(client.task_pause_info).metadata
    res = client.task_pause_info(meta["task_id"])

    sent = last_request()
    assert (sent.method, sent.url) == ("GET", f"{BASE}/task/{meta['task_id']}/pause_info")
    assert sent.query == {}
    assert sent.body is None
    assert sent.authorization == "Bearer mytoken"
    assert res["source_pause_message"] == "Storage maintenance until 06:00 UTC"
    assert res["DATA_TYPE"] == "pause_info_limited"
    assert [r["id"] for r in res["pause_rules"]] == ["87a9b7f6-3c2d-4e1f-8a9b-0c1d2e3f4a5b"]


# ---- task_wait
def test_task_wait_polls_until_done(client, sent_requests, no_real_sleep):
    meta = load_response(client.task_wait).metadata
    assert client.task_wait(meta["task_id"], timeout=30, polling_interval=5) is True

    sent = sent_requests()
    assert [(r.method, r.url) for r in sent] == [("GET", f"{BASE}/task/{meta['task_id']}")] * 3
    assert all(r.authorization == "Bearer mytoken" for r in sent)
    assert all(r.query == {} and r.body is None for r in sent)
    assert [c.args for c in no_real_sleep.call_args_list] == [(5,), (5,)]


def test_task_wait_done_at_once(client, sent_requests, no_real_sleep):
    meta = load_response(client.get_task).metadata
    assert client.task_wait(meta["task_id"]) is True
    assert len(sent_requests()) == 1
    no_real_sleep.assert_not_called()


def test_task_wait_times_out(client, sent_requests, no_real_sleep):
    meta = load_response(client.task_wait, case="never_done").metadata
    assert client.task_wait(meta["task_id"], timeout=2, polling_interval=1) is False
    # polls at 0s, 1s and 2s; never sleeps past the timeout
    assert len(sent_requests()) == 3
    assert no_real_sleep.call_count == 2


def test_task_wait_interval_longer_than_timeout(client, sent_requests, no_real_sleep):
    meta = load_response(client.task_wait, case="never_done").metadata
    assert client.task_wait(meta["task_id"], timeout=3, polling_interval=60) is False
    assert [c.args for c in no_real_sleep.call_args_list] == [(3,)]
    assert len(sent_requests()) == 2


@pytest.mark.parametrize(
    "kwargs, match",
    [
        ({"timeout": 0}, "timeout must be at least 1"),
        ({"timeout": -5}, "timeout must be at least 1"),
        ({"polling_interval": 0}, "polling_interval must be at least 1"),
        ({"timeout": float("nan")}, "timeout must be at least 1"),
        ({"timeout": "10"}, "timeout must be a number"),
        ({"polling_interval": None}, "polling_interval must be a number"),
        ({"timeout": True}, "timeout must be a number"),
    ],
)
def test_task_wait_validates_arguments(client, sent_requests, kwargs, match):
    with pytest.raises(globus_sdk.GlobusSDKUsageError, match=match):
        client.task_wait("42277910-0c18-11ef-8a3b-0242ac110002", **kwargs)
    assert sent_requests() == []


# ---- successful transfers / skipped errors
def test_task_successful_transfers(client, last_request):
    meta = load_response(client.task_successful_transfers).metadata
    res = client.task_successful_transfers(meta["task_id"], marker="m-1")

    sent = last_request()
    assert (sent.method, sent.url) == (
        "GET",
        f"{BASE}/task/{meta['task_id']}/successful_transfers",
    )
    assert sent.query == {"marker": ["m-1"]}
    assert sent.body is None
    assert sent.authorization == "Bearer mytoken"
    assert [x["destination_path"] for x in res] == [
        "/archive/run-17/a.h5",
        "/archive/run-17/b.h5",
        "/archive/run-17/meta.json",
    ]


def test_task_successful_transfers_paginated(client, sent_requests):
    meta = load_response(client.task_successful_transfers, case="paginated").metadata
    items = list(client.paginated.task_successful_transfers(meta["task_id"]).items())
    assert [x["source_path"] for x in items] == [
        "/projects/run-17/a.h5",
        "/projects/run-17/b.h5",
        "/projects/run-17/meta.json",
    ]
    first, second = sent_requests()
    assert first.query == {}
    assert second.query == {"marker": ["MjAyNi0xMS0yOFQyMjowMzowMA=="]}


def test_task_skipped_errors(client, last_request):
    meta = load_response(client.task_skipped_errors).metadata
    res = client.task_skipped_errors(meta["task_id"])

    sent = last_request()
    assert (sent.method, sent.url) == ("GET", f"{BASE}/task/{meta['task_id']}/skipped_errors")
    assert sent.query == {}
    assert sent.body is None
    assert sent.authorization == "Bearer mytoken"
    assert [x["error_code"] for x in res] == ["PERMISSION_DENIED"]
