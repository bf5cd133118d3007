from __future__ import annotations

import datetime

import pytest

from globus_sdk import MISSING, OnceTimerSchedule, RecurringTimerSchedule
from globus_sdk.exc import ValidationError
from globus_sdk.utils import strip_missing

UTC = datetime.timezone.utc
PLUS_2 = datetime.timezone(datetime.timedelta(hours=2))


def test_once_now():
    assert strip_missing(OnceTimerSchedule()) == {"type": "once"}


@pytest.mark.parametrize(
    "when, expect",
    [
        (datetime.datetime(2030, 1, 1, 10, tzinfo=UTC), "2030-01-01T10:00:00+00:00"),
        (datetime.datetime(2030, 1, 1, 10, 30, tzinfo=PLUS_2), "2030-01-01T10:30:00+02:00"),
        ("2030-01-01T10:00:00Z", "2030-01-01T10:00:00Z"),
    ],
)
def test_once_at(when, expect):
    assert dict(OnceTimerSchedule(when)) == {"type": "once", "datetime": expect}


def test_once_rejects_other_types():
    with pytest.raises(ValidationError, match="'datetime' must be"):
        OnceTimerSchedule(1893456000)  # type: ignore[arg-type]


def test_recurring_minimal():
    sched = RecurringTimerSchedule(3600)
    assert sched["start"] is MISSING and sched["end"] is MISSING
    assert strip_missing(sched) == {"type": "recurring", "interval_seconds": 3600}


def test_recurring_with_start_and_time_end():
    end = {
        "condition": "time",
        "datetime": datetime.datetime(2030, 2, 1, 12, 30, tzinfo=PLUS_2),
    }
    sched = RecurringTimerSchedule(
        600, start=datetime.datetime(2030, 1, 1, tzinfo=UTC), end=end
    )
    assert dict(sched) == {
        "type": "recurring",
        "interval_seconds": 600,
        "start": "2030-01-01T00:00:00+00:00",
        "end": {"condition": "time", "datetime": "2030-02-01T12:30:00+02:00"},
    }
    # the caller's dict is not modified
    assert isinstance(end["datetime"], datetime.datetime)


def test_recurring_with_iterations_end():
    sched = RecurringTimerSchedule(
        60, start="2030-01-01T00:00:00Z", end={"condition": "iterations", "iterations": 3}
    )
    assert sched["start"] == "2030-01-01T00:00:00Z"
    assert sched["end"] == {"condition": "iterations", "iterations": 3}


@pytest.mark.parametrize("interval", [0, -5, 1.5, "3600", None, True])
def test_recurring_interval_must_be_a_positive_int(interval):
    with pytest.raises(ValidationError, match="interval_seconds"):
        RecurringTimerSchedule(interval)


@pytest.mark.parametrize(
    "end, match",
    [
        ("2030-01-01", "must be a dict"),
        ({"datetime": "2030-01-01T00:00:00Z"}, "needs a 'condition'"),
        ({"condition": "time"}, "needs a 'datetime'"),
        ({"condition": "time", "datetime": 5}, "'end.datetime' must be"),
        ({"condition": "iterations"}, "needs 'iterations'"),
        ({"condition": "iterations", "iterations": 0}, "positive int"),
        ({"condition": "iterations", "iterations": "3"}, "positive int"),
        (
            {"condition": "time", "datetime": "2030-01-01T00:00:00Z", "iterations": 3},
            "not both",
        ),
    ],
)
def test_recurring_end_is_validated(end, match):
    with pytest.raises(ValidationError, match=match):
        RecurringTimerSchedule(60, end=end)


def test_recurring_start_is_validated():
    with pytest.raises(ValidationError, match="'start' must be"):
        RecurringTimerSchedule(60, start=datetime.date(2030, 1, 1))  # type: ignore[arg-type]


def test_validation_errors_are_value_errors():
    with pytest.raises(ValueError):
        RecurringTimerSchedule(-1)
