"""
Deprecated alias of :mod:`globus_sdk.scopes.consents`.

Each access to a name of this module emits a ``RemovedInV4Warning``.
"""

from __future__ import annotations

import typing as t

from globus_sdk._internal.deprecated_aliases import deprecated_module_aliases

if t.TYPE_CHECKING:
    from globus_sdk.scopes.consents import (
        Consent,
        ConsentForest,
        ConsentParseError,
        ConsentTree,
        ConsentTreeConstructionError,
    )

__all__ = (
    "Consent",
    "ConsentForest",
    "ConsentParseError",
    "ConsentTree",
    "ConsentTreeConstructionError",
)

__getattr__, __dir__ = deprecated_module_aliases(
    __name__, "globus_sdk.scopes.consents", {name: name for name in __all__}
)
