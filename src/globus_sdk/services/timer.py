"""
Deprecated: the former name of :mod:`globus_sdk.services.timers`.

``TimerClient`` and ``TimerAPIError`` are the same classes as ``TimersClient`` and
``TimersAPIError``; looking them up under the old names emits a ``RemovedInV4Warning``.
Use the new names in new code.
"""

from __future__ import annotations

import typing as t

from globus_sdk._internal.deprecated_aliases import deprecated_module_aliases

__all__ = ("TimerAPIError", "TimerClient")

_RENAMED = {"TimerClient": "TimersClient", "TimerAPIError": "TimersAPIError"}

if t.TYPE_CHECKING:
    from .timers import TimersAPIError as TimerAPIError
    from .timers import TimersClient as TimerClient


__getattr__, __dir__ = deprecated_module_aliases(
    __name__, "globus_sdk.services.timers", _RENAMED
)
