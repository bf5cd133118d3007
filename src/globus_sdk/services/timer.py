"""
Deprecated: the former name of :mod:`globus_sdk.services.timers`.

``TimerClient`` and ``TimerAPIError`` are the same classes as ``TimersClient`` and
``TimersAPIError``; use those names in new code.
"""

from .timers import TimersAPIError as TimerAPIError
from .timers import TimersClient as TimerClient

__all__ = ("TimerAPIError", "TimerClient")
