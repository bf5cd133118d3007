"""
Deprecated: these token storages moved to :mod:`globus_sdk.tokenstorage`.

Its names are aliases of the :mod:`globus_sdk.tokenstorage` objects; looking one up
emits a ``RemovedInV4Warning``.
"""

from __future__ import annotations

import typing as t

if t.TYPE_CHECKING:
    from globus_sdk.tokenstorage import (
        FileTokenStorage,
        JSONTokenStorage,
        MemoryTokenStorage,
        SQLiteTokenStorage,
        TokenStorage,
        TokenStorageData,
    )

__all__ = (
    "TokenStorage",
    "TokenStorageData",
    "FileTokenStorage",
    "JSONTokenStorage",
    "SQLiteTokenStorage",
    "MemoryTokenStorage",
)


def __getattr__(name: str) -> t.Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

    from globus_sdk import tokenstorage
    from globus_sdk.exc import warn_deprecated

    warn_deprecated(
        f"'{__name__}.{name}' is deprecated; use 'globus_sdk.tokenstorage.{name}' "
        "instead."
    )
    return getattr(tokenstorage, name)


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
