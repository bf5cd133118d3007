"""TimersClient: the exact request of each method, the parsed result."""

from __future__ import annotations

import datetime
import typing as t
import uuid

import pytest

import globus_sdk
from globus_sdk._testing import get_last_request, load_response
from globus_sdk.exc import RemovedInV4Warning
from globus_sdk.scopes import Scope, TimersScopes

BASE = "https://timer.automate.globus.org"
UTC = datetime.timezone.utc


def test_scopes_and_defaults(timers_client):
    assert timers_client.scopes is globus_sdk.scopes.TimerScopes
    assert timers_client.resource_server == "524230d7-ea86-4a52-8312-86065a9e0417"
    assert [str(s) for s in timers_client.default_scope_requirements] == [
        TimersScopes.timer
    ]


def test_deprecated_aliases_are_the_same_classes_and_warn():
    with pytest.warns(globus_sdk.RemovedInV4Warning, match="timer.TimerClient' is deprecated"):
        from globus_sdk.services.timer import TimerClient
    with pytest.warns(globus_sdk.RemovedInV4Warning, match="timer.TimerAPIError' is deprecated"):
        from globus_sdk.services.timer import TimerAPIError
    with pytest.warns(globus_sdk.RemovedInV4Warning, match="use 'globus_sdk.services.timers.TimersClient'"):
        top_level = globus_sdk.TimerClient
    assert TimerClient is globus_sdk.TimersClient is top_level
    assert TimerAPIError is globus_sdk.TimersAPIError


def test_list_jobs(timers_client, last_request):
    meta = load_response(timers_client.list_jobs).metadata
    res = timers_client.list_jobs(query_params={"filter_active": False})

    sent = last_request()
    assert (sent.method, sent.url) == ("GET", f"{BASE}/jobs/")
    assert sent.query == {"filter_active": ["False"]}
    assert sent.authorization == "Bearer mytoken"
    assert [j["job_id"] for j in res["jobs"]] == meta["job_ids"]


def test_get_job(timers_client, last_request):
    fixture = load_response(timers_client.get_job)
    meta = fixture.metadata
    res = timers_client.get_job(uuid.UUID(meta["job_id"]), query_params={"x": "1"})

    sent = last_request()
    assert (sent.method, sent.url) == ("GET", f"{BASE}/jobs/{meta['job_id']}")
    assert sent.query == {"x": ["1"]}
    assert sent.body is None
    assert sent.authorization == "Bearer mytoken"
    assert res["job_id"] == meta["job_id"]
    assert res["status"] == "loaded"
    assert res.data == fixture.json


def test_get_job_inactive_user(timers_client):
    meta = load_response(timers_client.get_job, case="inactive_user").metadata
    res = timers_client.get_job(meta["job_id"])
    assert res["status"] == "inactive"
    assert res["inactive_reason"]["cause"] == "user"


def test_get_job_inactive_gare(timers_client):
    meta = load_response(timers_client.get_job, case="inactive_gare").metadata
    res = timers_client.get_job(meta["job_id"])
    assert res["inactive_reason"]["cause"] == "globus_auth_requirements"
    params = res["inactive_reason"]["detail"]["authorization_parameters"]
    assert params["required_scopes"][0].startswith(TimersScopes.timer + "[")


def test_get_job_simple_500_error(timers_client):
    meta = load_response(timers_client.get_job, case="simple_500_error").metadata
    with pytest.raises(globus_sdk.TimersAPIError) as excinfo:
        timers_client.get_job(meta["job_id"])
    err = excinfo.value
    assert err.http_status == 500
    assert err.code == "ERROR"
    assert err.messages == ["Request failed terribly"]


def _transfer_data(**kwargs: t.Any) -> globus_sdk.TransferData:
    tdata = globus_sdk.TransferData(
        source_endpoint="6c54cade-bde5-45c1-bdea-f4bd71dba2cc",
        destination_endpoint="31d6d9e2-3f61-4a7c-8b4e-1f5c0e2d9a87",
        **kwargs,
    )
    tdata.add_item("/projects/alpha/results/", "/backups/alpha/results/", recursive=True)
    return tdata


def test_create_timer(timers_client, last_request):
    meta = load_response(timers_client.create_timer).metadata
    tdata = _transfer_data(label="Nightly backup", submission_id=str(uuid.uuid4()))
    timer = globus_sdk.TransferTimer(
        name="Nightly backup",
        schedule=globus_sdk.RecurringTimerSchedule(
            86400,
            start=datetime.datetime(2030, 3, 1, 2, tzinfo=UTC),
            end={"condition": "iterations", "iterations": 30},
        ),
        body=tdata,
    )
    res = timers_client.create_timer(timer)

    sent = last_request()
    assert (sent.method, sent.url) == ("POST", f"{BASE}/v2/timer")
    assert sent.query == {}
    assert sent.authorization == "Bearer mytoken"
    assert sent.content_type == "application/json"
    expect_body = {k: v for k, v in tdata.items() if k != "submission_id"}
    assert sent.body == {
        "timer": {
            "timer_type": "transfer",
            "name": "Nightly backup",
            "schedule": {
                "type": "recurring",
                "interval_seconds": 86400,
                "start": "2030-03-01T02:00:00+00:00",
                "end": {"condition": "iterations", "iterations": 30},
            },
            "body": expect_body,
        }
    }
    assert res.http_status == 201
    assert res["timer"]["job_id"] == meta["timer_id"]
    assert res["timer"]["body"]["source_endpoint"] == meta["source_endpoint"]
    assert res["timer"]["body"]["destination_endpoint"] == meta["destination_endpoint"]


def test_create_timer_once_from_dict_body(timers_client, last_request):
    load_response(timers_client.create_timer)
    timers_client.create_timer(
        globus_sdk.TransferTimer(
            schedule=globus_sdk.OnceTimerSchedule(),
            body={"DATA_TYPE": "transfer", "DATA": [], "submission_id": "drop-me"},
        )
    )
    assert last_request().body == {
        "timer": {
            "timer_type": "transfer",
            "schedule": {"type": "once"},
            "body": {"DATA_TYPE": "transfer", "DATA": []},
        }
    }


def test_create_timer_dict(timers_client, last_request):
    load_response(timers_client.create_timer)
    timer = {"timer_type": "transfer", "schedule": {"type": "once"}, "body": {}}
    timers_client.create_timer(timer)
    assert last_request().body == {"timer": timer}


def test_create_timer_rejects_timer_job(timers_client):
    job = globus_sdk.TimerJob("https://actions.example.org/run", {}, "2030-01-01", 60)
    with pytest.raises(globus_sdk.GlobusSDKUsageError, match="create_job"):
        timers_client.create_timer(job)
    assert get_last_request() is None


def test_create_job(timers_client, last_request):
    meta = load_response(timers_client.create_job).metadata
    job = globus_sdk.TimerJob(
        "https://actions.automate.globus.org/transfer/transfer/run",
        {"body": {"DATA_TYPE": "transfer"}},
        datetime.datetime(2030, 3, 1, 2, tzinfo=UTC),
        datetime.timedelta(days=1),
        name="Nightly backup",
        stop_after=datetime.datetime(2030, 6, 1, tzinfo=UTC),
        stop_after_n=30,
        scope="urn:globus:auth:scope:transfer.api.globus.org:all",
    )
    res = timers_client.create_job(job)

    sent = last_request()
    assert (sent.method, sent.url) == ("POST", f"{BASE}/jobs/")
    assert sent.query == {}
    assert sent.content_type == "application/json"
    assert sent.authorization == "Bearer mytoken"
    assert sent.body == {
        "callback_url": "https://actions.automate.globus.org/transfer/transfer/run",
        "callback_body": {"body": {"DATA_TYPE": "transfer"}},
        "start": "2030-03-01T02:00:00+00:00",
        "interval": 86400,
        "name": "Nightly backup",
        "stop_after": "2030-06-01T00:00:00+00:00",
        "stop_after_n": 30,
        "scope": "urn:globus:auth:scope:transfer.api.globus.org:all",
    }
    assert res["job_id"] == meta["job_id"]


def test_create_job_from_transfer_data(timers_client, last_request):
    load_response(timers_client.create_job)
    tdata = _transfer_data(submission_id=str(uuid.uuid4()))
    with pytest.warns(RemovedInV4Warning, match="TransferTimer"):
        job = globus_sdk.TimerJob.from_transfer_data(
            tdata, "2030-01-01T00:00:00+00:00", 60, environment="sandbox"
        )
    timers_client.create_job(job)
    body = last_request().body
    assert body["callback_url"] == (
        "https://sandbox.actions.automate.globus.org/transfer/transfer/run"
    )
    assert "submission_id" not in body["callback_body"]["body"]
    assert body["callback_body"]["body"]["DATA"] == tdata["DATA"]
    assert body == {
        "callback_url": (
            "https://sandbox.actions.automate.globus.org/transfer/transfer/run"
        ),
        "callback_body": {
            "body": {k: v for k, v in tdata.items() if k != "submission_id"}
        },
        "start": "2030-01-01T00:00:00+00:00",
        "interval": 60,
    }


def test_create_job_dict(timers_client, last_request):
    load_response(timers_client.create_job)
    timers_client.create_job({"callback_url": "https://x", "interval": 5})
    assert last_request().body == {"callback_url": "https://x", "interval": 5}


def test_create_job_rejects_transfer_timer(timers_client):
    timer = globus_sdk.TransferTimer(schedule={"type": "once"}, body={})
    with pytest.raises(globus_sdk.GlobusSDKUsageError, match="create_timer"):
        timers_client.create_job(timer)
    assert get_last_request() is None


def test_create_job_validation_error(timers_client):
    meta = load_response(timers_client.create_job, case="validation_error").metadata
    with pytest.raises(globus_sdk.TimersAPIError) as excinfo:
        timers_client.create_job({"interval": 60})
    err = excinfo.value
    assert err.http_status == 422
    assert err.code == "Validation Error"
    assert err.messages == meta["expect_messages"]
    assert len(err.errors) == 2


def test_update_job(timers_client, last_request):
    meta = load_response(timers_client.update_job).metadata
    res = timers_client.update_job(meta["job_id"], {"name": meta["name"]})

    sent = last_request()
    assert (sent.method, sent.url) == ("PATCH", f"{BASE}/jobs/{meta['job_id']}")
    assert sent.query == {}
    assert sent.authorization == "Bearer mytoken"
    assert sent.body == {"name": meta["name"]}
    assert res["name"] == meta["name"]


def test_delete_job(timers_client, last_request):
    meta = load_response(timers_client.delete_job).metadata
    res = timers_client.delete_job(meta["job_id"])

    sent = last_request()
    assert (sent.method, sent.url) == ("DELETE", f"{BASE}/jobs/{meta['job_id']}")
    assert sent.query == {}
    assert sent.body is None
    assert sent.authorization == "Bearer mytoken"
    assert res["job_id"] == meta["job_id"]


def test_pause_job(timers_client, last_request):
    meta = load_response(timers_client.pause_job).metadata
    res = timers_client.pause_job(meta["job_id"])

    sent = last_request()
    assert (sent.method, sent.url) == ("POST", f"{BASE}/jobs/{meta['job_id']}/pause")
    assert sent.query == {}
    assert sent.body is None
    assert sent.authorization == "Bearer mytoken"
    assert meta["job_id"] in res["message"]


@pytest.mark.parametrize(
    "kwargs, expect",
    [
        ({}, {}),
        ({"update_credentials": True}, {"update_credentials": True}),
        ({"update_credentials": False}, {"update_credentials": False}),
    ],
)
def test_resume_job(timers_client, last_request, kwargs, expect):
    meta = load_response(timers_client.resume_job).metadata
    res = timers_client.resume_job(meta["job_id"], **kwargs)

    sent = last_request()
    assert (sent.method, sent.url) == ("POST", f"{BASE}/jobs/{meta['job_id']}/resume")
    assert sent.query == {}
    assert sent.authorization == "Bearer mytoken"
    assert sent.body == expect
    assert meta["job_id"] in res["message"]


class _FakeApp:
    """The part of a GlobusApp that a client uses to register its scopes."""

    app_name = "fake-app"

    def __init__(self) -> None:
        self.requirements: list[dict[str, list[Scope]]] = []

    def add_scope_requirements(self, requirements: dict[str, list[Scope]]) -> None:
        self.requirements.append(requirements)


C1 = "c0c0c0c0-0000-4000-8000-000000000001"
C2 = "c0c0c0c0-0000-4000-8000-000000000002"


@pytest.mark.parametrize(
    "collection_ids, ids",
    [
        ([C1, C2], [C1, C2]),
        ([uuid.UUID(C1)], [C1]),
        (C1, [C1]),
        (uuid.UUID(C2), [C2]),
        (iter([C2, C1]), [C2, C1]),
    ],
)
def test_add_app_transfer_data_access_scope(collection_ids, ids):
    app = _FakeApp()
    client = globus_sdk.TimersClient(app=app)

    assert client.add_app_transfer_data_access_scope(collection_ids) is client

    rs = "524230d7-ea86-4a52-8312-86065a9e0417"
    assert [list(r) for r in app.requirements] == [[rs], [rs]]
    assert [str(s) for s in app.requirements[0][rs]] == [TimersScopes.timer]
    deps = " ".join(f"*https://auth.globus.org/scopes/{c}/data_access" for c in ids)
    assert [str(s) for s in app.requirements[1][rs]] == [
        f"{TimersScopes.timer}[urn:globus:auth:scope:transfer.api.globus.org:all[{deps}]]"
    ]


@pytest.mark.parametrize("bad", ["nope", [C1, 3], [C1, "not-a-uuid"]])
def test_add_app_transfer_data_access_scope_invalid(bad):
    app = _FakeApp()
    client = globus_sdk.TimersClient(app=app)
    with pytest.raises(globus_sdk.exc.ValidationError, match="collection_ids"):
        client.add_app_transfer_data_access_scope(bad)
    assert len(app.requirements) == 1  # only the client's defaults


def test_add_app_transfer_data_access_scope_needs_an_app(timers_client):
    with pytest.raises(globus_sdk.GlobusSDKUsageError):
        timers_client.add_app_transfer_data_access_scope(str(uuid.uuid4()))
