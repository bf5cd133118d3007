from __future__ import annotations

import datetime

import pytest

import globus_sdk
from globus_sdk import TimerJob
from globus_sdk.exc import RemovedInV4Warning

UTC = datetime.timezone.utc


def test_timer_job_fields():
    job = TimerJob(
        "https://actions.example.org/run",
        {"body": {"k": "v"}},
        datetime.datetime(2030, 1, 1, tzinfo=UTC),
        datetime.timedelta(hours=1),
        name="job",
        stop_after=datetime.datetime(2030, 6, 1, tzinfo=UTC),
        stop_after_n=5,
        scope="s",
    )
    assert dict(job) == {
        "callback_url": "https://actions.example.org/run",
        "callback_body": {"body": {"k": "v"}},
        "start": "2030-01-01T00:00:00+00:00",
        "interval": 3600,
        "name": "job",
        "stop_after": "2030-06-01T00:00:00+00:00",
        "stop_after_n": 5,
        "scope": "s",
    }


def test_timer_job_minimal():
    job = TimerJob("https://x", {}, "2030-01-01T00:00:00", 60)
    assert dict(job) == {
        "callback_url": "https://x",
        "callback_body": {},
        "start": "2030-01-01T00:00:00",
        "interval": 60,
    }


def test_timer_job_without_interval_sends_null():
    assert TimerJob("https://x", {}, "2030-01-01T00:00:00", None)["interval"] is None


@pytest.mark.parametrize(
    "environment, url",
    [
        (None, "https://actions.automate.globus.org/transfer/transfer/run"),
        ("sandbox", "https://sandbox.actions.automate.globus.org/transfer/transfer/run"),
    ],
)
def test_from_transfer_data_is_deprecated(environment, url):
    tdata = globus_sdk.TransferData(
        source_endpoint="6c54cade-bde5-45c1-bdea-f4bd71dba2cc",
        destination_endpoint="31d6d9e2-3f61-4a7c-8b4e-1f5c0e2d9a87",
        submission_id="0e3b2b4a-2b8f-11f0-9c1e-0affd3b5e2a7",
    )
    tdata.add_item("/a", "/b")
    with pytest.warns(RemovedInV4Warning, match="TransferTimer"):
        job = TimerJob.from_transfer_data(
            tdata,
            "2030-01-01T00:00:00+00:00",
            86400,
            name="ftd",
            stop_after_n=2,
            environment=environment,
        )
    assert isinstance(job, TimerJob)
    assert job["callback_url"] == url
    expect_body = {k: v for k, v in tdata.items() if k != "submission_id"}
    assert job["callback_body"] == {"body": expect_body}
    assert job["name"] == "ftd"
    assert job["stop_after_n"] == 2
    assert "stop_after" not in job


def test_from_transfer_data_accepts_a_dict():
    with pytest.warns(RemovedInV4Warning):
        job = TimerJob.from_transfer_data({"DATA_TYPE": "transfer"}, "2030-01-01", None)
    assert job["callback_body"] == {"body": {"DATA_TYPE": "transfer"}}
