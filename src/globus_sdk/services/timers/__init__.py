"""Globus Timers: schedule transfers (and other actions) to run once or repeatedly."""

from .client import TimersClient
from .data import OnceTimerSchedule, RecurringTimerSchedule, TimerJob, TransferTimer
from .errors import TimersAPIError

__all__ = (
    "OnceTimerSchedule",
    "RecurringTimerSchedule",
    "TimerJob",
    "TimersAPIError",
    "TimersClient",
    "TransferTimer",
)
