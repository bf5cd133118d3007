"""
GAREs (Globus Auth Requirements Errors): the documents by which Globus services say
that a request needs more authorization (consent to a scope, a session with a given
identity, domain or policy, MFA, a fresh login) and how to get it.

:func:`to_gare` and :func:`to_gares` recognize the GARE format and its legacy
variants in dicts, error subdocuments and :class:`~globus_sdk.GlobusAPIError` objects.
"""

from ._auth_requirements_error import GARE, GlobusAuthorizationParameters
from ._functional_api import has_gares, is_gare, to_gare, to_gares

__all__ = (
    "GARE",
    "GlobusAuthorizationParameters",
    "to_gare",
    "to_gares",
    "is_gare",
    "has_gares",
)
