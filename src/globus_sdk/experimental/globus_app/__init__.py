"""
Deprecated: ``GlobusApp`` and its companions moved to :mod:`globus_sdk.globus_app`.

The names of this module are aliases of the :mod:`globus_sdk.globus_app` objects;
looking one up emits a ``RemovedInV4Warning``.
"""

from __future__ import annotations

import typing as t

__all__ = (
    "GlobusApp",
    "UserApp",
    "ClientApp",
    "GlobusAppConfig",
    "TokenValidationErrorHandler",
)

if t.TYPE_CHECKING:
    from globus_sdk.globus_app import (
        ClientApp,
        GlobusApp,
        GlobusAppConfig,
        TokenValidationErrorHandler,
        UserApp,
    )
else:

    def __getattr__(name: str) -> t.Any:
        if name not in __all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

        import globus_sdk.globus_app
        from globus_sdk.exc import warn_deprecated

        warn_deprecated(
            f"'{__name__}.{name}' is deprecated; use 'globus_sdk.globus_app.{name}' "
            "instead."
        )
        return getattr(globus_sdk.globus_app, name)

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
