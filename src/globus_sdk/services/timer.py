"""
Deprecated: the former name of :mod:`globus_sdk.services.timers`.

``TimerClient`` and ``TimerAPIError`` are the same classes as ``TimersClient`` and
``TimersAPIError``; looking them up under the old names emits a ``RemovedInV4Warning``.
Use the new names in new code.
"""

from __future__ import annotations

import typing as t

__all__ = ("TimerAPIError", "TimerClient")

_RENAMED = {"TimerClient": "TimersClient", "TimerAPIError": "TimersAPIError"}

if t.TYPE_CHECKING:
    from .timers import TimersAPIError as TimerAPIError
    from .timers import TimersClient as TimerClient


def __getattr__(name: str) -> t.Any:
    new_name = _RENAMED.get(name)
    if new_name is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from globus_sdk.exc import warn_deprecated

    from . import timers

    warn_deprecated(f"'{name}' is deprecated; use 'globus_sdk.{new_name}' instead.")
    return getattr(timers, new_name)
