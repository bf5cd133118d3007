"""
Deprecated: this module was renamed :mod:`globus_sdk.gare`.

Its names are aliases of the :mod:`globus_sdk.gare` objects; looking one up emits a
``RemovedInV4Warning``.
"""

from __future__ import annotations

import typing as t

from globus_sdk._internal.deprecated_aliases import deprecated_module_aliases

if t.TYPE_CHECKING:
    from globus_sdk.gare import GARE as GlobusAuthRequirementsError
    from globus_sdk.gare import GlobusAuthorizationParameters
    from globus_sdk.gare import has_gares as has_auth_requirements_errors
    from globus_sdk.gare import is_gare as is_auth_requirements_error
    from globus_sdk.gare import to_gare as to_auth_requirements_error
    from globus_sdk.gare import to_gares as to_auth_requirements_errors

__all__ = (
    "GlobusAuthRequirementsError",
    "GlobusAuthorizationParameters",
    "to_auth_requirements_error",
    "to_auth_requirements_errors",
    "is_auth_requirements_error",
    "has_auth_requirements_errors",
)

# old name -> name in globus_sdk.gare
_RENAMES = {
    "GlobusAuthRequirementsError": "GARE",
    "GlobusAuthorizationParameters": "GlobusAuthorizationParameters",
    "to_auth_requirements_error": "to_gare",
    "to_auth_requirements_errors": "to_gares",
    "is_auth_requirements_error": "is_gare",
    "has_auth_requirements_errors": "has_gares",
}


__getattr__, __dir__ = deprecated_module_aliases(__name__, "globus_sdk.gare", _RENAMES)
