"""
Deprecated alias of :mod:`globus_sdk.scopes.consents`.

Each access to a name of this module emits a ``RemovedInV4Warning``.
"""

from __future__ import annotations

import typing as t

__all__ = (
    "Consent",
    "ConsentForest",
    "ConsentParseError",
    "ConsentTree",
    "ConsentTreeConstructionError",
)

if t.TYPE_CHECKING:
    from globus_sdk.scopes.consents import (
        Consent,
        ConsentForest,
        ConsentParseError,
        ConsentTree,
        ConsentTreeConstructionError,
    )
else:

    def __getattr__(name: str) -> t.Any:
        if name not in __all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

        import globus_sdk.scopes.consents
        from globus_sdk.exc import warn_deprecated

        warn_deprecated(
            "'globus_sdk.experimental.consents' has been moved to "
            "'globus_sdk.scopes.consents'. Importing from the experimental module is "
            "deprecated."
        )
        return getattr(globus_sdk.scopes.consents, name)

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
