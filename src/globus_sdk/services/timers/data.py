"""
Payload helpers for the Timers API.

- :class:`TransferTimer` (with :class:`OnceTimerSchedule` or
  :class:`RecurringTimerSchedule`) is the body of ``TimersClient.create_timer``.
- :class:`TimerJob` is the body of the older ``TimersClient.create_job``.
"""

from __future__ import annotations

import collections.abc
import copy
import datetime as dt
import logging
import typing as t

from globus_sdk import config, exc
from globus_sdk.utils import MISSING, MissingType, PayloadWrapper, slash_join

if t.TYPE_CHECKING:
    from globus_sdk.services.transfer import TransferData

log = logging.getLogger(__name__)

# TransferData fields which a timer must not reuse: a submission ID is single-use
# (every run after the first would be refused) and activation checks no longer exist
_TRANSFER_FIELDS_DROPPED_BY_TIMERS = ("submission_id", "skip_activation_check")


def _format_datetime(name: str, value: t.Any) -> t.Any:
    """A datetime as an ISO 8601 string; strings and MISSING pass through."""
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if value is MISSING or isinstance(value, str):
        return value
    raise exc.ValidationError(
        f"'{name}' must be a datetime.datetime or an ISO 8601 string, "
        f"got {type(value).__name__}"
    )


def _is_positive_int(value: t.Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value > 0


def _timer_transfer_body(body: t.Any) -> dict[str, t.Any]:
    """A copy of a transfer document (dict or TransferData) fit for a timer."""
    if not isinstance(body, collections.abc.Mapping):
        raise exc.ValidationError(
            "a transfer timer's 'body' must be a dict or a TransferData, "
            f"got {type(body).__name__}"
        )
    # a deep copy: later changes to the caller's TransferData do not alter the timer
    new_body = copy.deepcopy(dict(body))
    for key in _TRANSFER_FIELDS_DROPPED_BY_TIMERS:
        if new_body.pop(key, None) is not None:
            log.debug("dropped %r from the transfer document of a timer", key)
    return new_body


class OnceTimerSchedule(PayloadWrapper):
    """
    The schedule of a timer which runs once.

    :param datetime: when to run, as a ``datetime.datetime`` (give it a timezone) or
        an ISO 8601 string; omitted, the timer runs as soon as it is created
    :raises ValidationError: if ``datetime`` is neither a datetime nor a string
    """

    def __init__(self, datetime: str | dt.datetime | MissingType = MISSING) -> None:
        super().__init__()
        self["type"] = "once"
        self["datetime"] = _format_datetime("datetime", datetime)


class RecurringTimerSchedule(PayloadWrapper):
    """
    The schedule of a timer which runs every ``interval_seconds``.

    .. code-block:: python

        # every day, starting now, 10 times
        RecurringTimerSchedule(86400, end={"condition": "iterations", "iterations": 10})
        # every hour from 2030-01-01 until 2030-02-01 (UTC)
        RecurringTimerSchedule(
            3600,
            start=datetime.datetime(2030, 1, 1, tzinfo=datetime.timezone.utc),
            end={
                "condition": "time",
                "datetime": datetime.datetime(2030, 2, 1, tzinfo=datetime.timezone.utc),
            },
        )

    :param interval_seconds: the number of seconds between two runs (a positive int)
    :param start: when to run first, as a ``datetime.datetime`` or an ISO 8601
        string; omitted, the first run is when the timer is created
    :param end: when to stop; omitted, the timer runs until it is deleted. Either
        ``{"condition": "time", "datetime": <datetime or ISO 8601 string>}`` or
        ``{"condition": "iterations", "iterations": <positive int>}``
    :raises ValidationError: if ``interval_seconds`` is not a positive int, ``start``
        is not a datetime or string, or ``end`` is not one of the two forms above
    """

    def __init__(
        self,
        interval_seconds: int,
        start: str | dt.datetime | MissingType = MISSING,
        end: dict[str, t.Any] | MissingType = MISSING,
    ) -> None:
        super().__init__()
        if not _is_positive_int(interval_seconds):
            raise exc.ValidationError(
                f"'interval_seconds' must be a positive int, got {interval_seconds!r}"
            )
        self["type"] = "recurring"
        self["interval_seconds"] = interval_seconds
        self["start"] = _format_datetime("start", start)
        self["end"] = MISSING if end is MISSING else _validate_end(end)


def _validate_end(end: t.Any) -> dict[str, t.Any]:
    """Check the ``end`` of a recurring schedule; return a copy with a formatted date."""
    if not isinstance(end, collections.abc.Mapping):
        raise exc.ValidationError(
            f"'end' must be a dict with a 'condition', got {type(end).__name__}"
        )
    new_end = dict(end)
    if "datetime" in new_end and "iterations" in new_end:
        raise exc.ValidationError(
            "'end' takes 'datetime' (condition 'time') or 'iterations' "
            "(condition 'iterations'), not both"
        )
    condition = new_end.get("condition")
    if condition == "time":
        if "datetime" not in new_end:
            raise exc.ValidationError("'end' with condition 'time' needs a 'datetime'")
        new_end["datetime"] = _format_datetime("end.datetime", new_end["datetime"])
    elif condition == "iterations":
        if not _is_positive_int(new_end.get("iterations")):
            raise exc.ValidationError(
                "'end' with condition 'iterations' needs 'iterations', a positive int, "
                f"got {new_end.get('iterations')!r}"
            )
    elif condition is None:
        raise exc.ValidationError(
            "'end' needs a 'condition': 'time' (with a 'datetime') or 'iterations' "
            "(with an 'iterations' count)"
        )
    return new_end


class TransferTimer(PayloadWrapper):
    """
    A timer which runs a transfer on a schedule: the ``timer`` of
    ``TimersClient.create_timer``.

    .. code-block:: python

        transfer = TransferData(SRC_COLLECTION, DST_COLLECTION)
        transfer.add_item("/share/data/", "/backup/data/", recursive=True)
        timer = TransferTimer(
            name="nightly backup",
            schedule=RecurringTimerSchedule(24 * 60 * 60),
            body=transfer,
        )

    :param name: a name for the timer
    :param schedule: when the timer runs (a schedule object or a dict)
    :param body: the transfer to run (a ``TransferData`` or a dict); it is copied,
        without its ``submission_id`` and ``skip_activation_check``, which a timer
        cannot reuse
    """

    def __init__(
        self,
        *,
        name: str | MissingType = MISSING,
        schedule: dict[str, t.Any] | RecurringTimerSchedule | OnceTimerSchedule,
        body: dict[str, t.Any] | TransferData,
    ) -> None:
        super().__init__()
        self["timer_type"] = "transfer"
        self["name"] = name
        self["schedule"] = schedule
        self["body"] = _timer_transfer_body(body)


class TimerJob(PayloadWrapper):
    """
    A job for the older Timers jobs API (``TimersClient.create_job``): call
    ``callback_url`` with ``callback_body`` from ``start``, every ``interval``.

    For transfers, prefer :class:`TransferTimer` and ``TimersClient.create_timer``.

    :param callback_url: the URL of the action provider to run
    :param callback_body: the body sent to the action provider
    :param start: when to run first (a ``datetime.datetime`` or an ISO 8601 string)
    :param interval: the time between two runs (a ``timedelta`` or seconds), or
        ``None`` to run once
    :param name: a name for the job
    :param stop_after: a time after which the job stops running
    :param stop_after_n: the number of runs after which the job stops
    :param scope: the scope the job's token must carry for the action provider
    """

    def __init__(
        self,
        callback_url: str,
        callback_body: dict[str, t.Any],
        start: dt.datetime | str,
        interval: dt.timedelta | int | None,
        *,
        name: str | None = None,
        stop_after: dt.datetime | None = None,
        stop_after_n: int | None = None,
        scope: str | None = None,
    ) -> None:
        super().__init__()
        self["callback_url"] = callback_url
        self["callback_body"] = callback_body
        self["start"] = _format_datetime("start", start)
        if isinstance(interval, dt.timedelta):
            self["interval"] = int(interval.total_seconds())
        else:
            self["interval"] = interval  # None is sent: a job which runs once
        if name is not None:
            self["name"] = name
        if stop_after is not None:
            self["stop_after"] = _format_datetime("stop_after", stop_after)
        if stop_after_n is not None:
            self["stop_after_n"] = stop_after_n
        if scope is not None:
            self["scope"] = scope

    @classmethod
    def from_transfer_data(
        cls,
        transfer_data: TransferData | dict[str, t.Any],
        start: dt.datetime | str,
        interval: dt.timedelta | int | None,
        *,
        name: str | None = None,
        stop_after: dt.datetime | None = None,
        stop_after_n: int | None = None,
        scope: str | None = None,
        environment: str | None = None,
    ) -> TimerJob:
        """
        Deprecated: use :class:`TransferTimer` with ``TimersClient.create_timer``.

        A job which runs a transfer through the Transfer action provider of
        ``environment``. The transfer document is copied without its
        ``submission_id`` and ``skip_activation_check``.

        The other parameters are those of :class:`TimerJob`.
        """
        exc.warn_deprecated(
            "TimerJob.from_transfer_data is deprecated. "
            "Use TransferTimer with TimersClient.create_timer instead."
        )
        callback_url = slash_join(
            config.get_service_url("actions", environment=environment),
            "transfer/transfer/run",
        )
        return cls(
            callback_url,
            {"body": _timer_transfer_body(transfer_data)},
            start,
            interval,
            name=name,
            stop_after=stop_after,
            stop_after_n=stop_after_n,
            scope=scope,
        )
