"""
Deprecated: ``GlobusApp`` and its companions moved to :mod:`globus_sdk.globus_app`.

The names of this module are aliases of the :mod:`globus_sdk.globus_app` objects;
looking one up emits a ``RemovedInV4Warning``.
"""

from __future__ import annotations

import typing as t

from globus_sdk._internal.deprecated_aliases import deprecated_module_aliases

if t.TYPE_CHECKING:
    from globus_sdk.globus_app import (
        ClientApp,
        GlobusApp,
        GlobusAppConfig,
        TokenValidationErrorHandler,
        UserApp,
    )

__all__ = (
    "GlobusApp",
    "UserApp",
    "ClientApp",
    "GlobusAppConfig",
    "TokenValidationErrorHandler",
)

__getattr__, __dir__ = deprecated_module_aliases(
    __name__, "globus_sdk.globus_app", {name: name for name in __all__}
)
