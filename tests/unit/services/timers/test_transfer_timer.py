from __future__ import annotations

import pytest

import globus_sdk
from globus_sdk import OnceTimerSchedule, RecurringTimerSchedule, TransferTimer
from globus_sdk.exc import ValidationError
from globus_sdk.utils import strip_missing

SRC = "6c54cade-bde5-45c1-bdea-f4bd71dba2cc"
DST = "31d6d9e2-3f61-4a7c-8b4e-1f5c0e2d9a87"


def test_transfer_timer_from_transfer_data():
    tdata = globus_sdk.TransferData(
        source_endpoint=SRC,
        destination_endpoint=DST,
        label="backup",
        submission_id="0e3b2b4a-2b8f-11f0-9c1e-0affd3b5e2a7",
        skip_activation_check=True,
    )
    tdata.add_item("/a", "/b")
    timer = TransferTimer(name="t", schedule=RecurringTimerSchedule(60), body=tdata)

    assert timer["timer_type"] == "transfer"
    assert timer["name"] == "t"
    body = timer["body"]
    assert isinstance(body, dict)
    assert "submission_id" not in body
    assert "skip_activation_check" not in body
    assert body["source_endpoint"] == SRC
    assert body["DATA"] == [
        {"DATA_TYPE": "transfer_item", "source_path": "/a", "destination_path": "/b"}
    ]
    # the TransferData is untouched, and later changes to it do not reach the timer
    assert tdata["submission_id"] == "0e3b2b4a-2b8f-11f0-9c1e-0affd3b5e2a7"
    tdata.add_item("/c", "/d")
    assert len(body["DATA"]) == 1


def test_transfer_timer_from_dict():
    body = {"DATA_TYPE": "transfer", "DATA": [], "submission_id": "x"}
    timer = TransferTimer(schedule={"type": "once"}, body=body)
    assert strip_missing(timer) == {
        "timer_type": "transfer",
        "schedule": {"type": "once"},
        "body": {"DATA_TYPE": "transfer", "DATA": []},
    }
    assert body["submission_id"] == "x"


def test_transfer_timer_schedule_object_serializes():
    timer = TransferTimer(schedule=OnceTimerSchedule(), body={})
    assert strip_missing(timer) == {
        "timer_type": "transfer",
        "schedule": {"type": "once"},
        "body": {},
    }


def test_transfer_timer_body_must_be_a_mapping():
    with pytest.raises(ValidationError, match="'body' must be"):
        TransferTimer(schedule={"type": "once"}, body=["not", "a", "dict"])  # type: ignore[arg-type]
