"""
Deprecated alias of :mod:`globus_sdk.scopes` (where the scope parser now lives).

Each access to a name of this module emits a ``RemovedInV4Warning``.
"""

from __future__ import annotations

import typing as t

from globus_sdk._internal.deprecated_aliases import deprecated_module_aliases

if t.TYPE_CHECKING:
    from globus_sdk.scopes import Scope, ScopeCycleError, ScopeParseError

__all__ = ("Scope", "ScopeCycleError", "ScopeParseError")

__getattr__, __dir__ = deprecated_module_aliases(
    __name__, "globus_sdk.scopes", {name: name for name in __all__}
)
