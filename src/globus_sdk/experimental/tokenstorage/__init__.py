"""
Deprecated: these token storages moved to :mod:`globus_sdk.tokenstorage`.

Its names are aliases of the :mod:`globus_sdk.tokenstorage` objects; looking one up
emits a ``RemovedInV4Warning``.
"""

from __future__ import annotations

import typing as t

from globus_sdk._internal.deprecated_aliases import deprecated_module_aliases

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

__getattr__, __dir__ = deprecated_module_aliases(
    __name__, "globus_sdk.tokenstorage", {name: name for name in __all__}
)
