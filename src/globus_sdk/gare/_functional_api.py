"""Recognize GAREs in error documents of any known shape."""

from __future__ import annotations

import logging
import sys
import typing as t

from globus_sdk.exc import ErrorSubdocument, GlobusAPIError, ValidationError

from ._auth_requirements_error import GARE
from ._variants import LEGACY_VARIANTS

if sys.version_info >= (3, 10):
    from typing import TypeAlias
else:
    from typing_extensions import TypeAlias

log = logging.getLogger(__name__)

AnyErrorDocumentType: TypeAlias = t.Union[
    GlobusAPIError, ErrorSubdocument, t.Dict[str, t.Any]
]


def to_gare(error: AnyErrorDocumentType) -> GARE | None:
    """
    Convert an error to a GARE, trying the GARE format first and then the legacy
    formats (``authorization_parameters`` without a ``code``, Transfer's and action
    providers' ``ConsentRequired``, Auth's ``dependent_consent_required``).

    A :class:`~globus_sdk.GlobusAPIError` may hold several error documents: its root
    document is tried first, then each of its ``errors``, and the first match is
    returned (use :func:`to_gares` to get all of them).

    :param error: the error to convert: a ``GlobusAPIError``, an
        ``ErrorSubdocument`` or a dict
    :returns: the GARE, or ``None`` if the error is not one
    """
    if isinstance(error, GlobusAPIError):
        gare = _lenient_dict2gare(error.raw_json)
        if gare is not None:
            return gare
        for subdoc in error.errors:
            gare = _lenient_dict2gare(subdoc.raw)
            if gare is not None:
                return gare
        return None
    if isinstance(error, ErrorSubdocument):
        return _lenient_dict2gare(error.raw)
    return _lenient_dict2gare(error)


def to_gares(errors: list[AnyErrorDocumentType]) -> list[GARE]:
    """
    Convert a list of errors to the GAREs among them (see :func:`to_gare`).

    Each ``errors`` entry of a :class:`~globus_sdk.GlobusAPIError` is converted; if
    none of them is a GARE, its root document is tried.

    :param errors: the errors to convert
    :returns: the GAREs found, in order (errors that are not GAREs are skipped)
    """
    result: list[GARE] = []
    for error in errors:
        if isinstance(error, GlobusAPIError):
            found = [
                gare
                for gare in (_lenient_dict2gare(sub.raw) for sub in error.errors)
                if gare is not None
            ]
            if not found:
                root = _lenient_dict2gare(error.raw_json)
                found = [root] if root is not None else []
            result.extend(found)
        else:
            gare = to_gare(error)
            if gare is not None:
                result.append(gare)
    return result


def is_gare(error: AnyErrorDocumentType) -> bool:
    """
    Return ``True`` if the error matches a known GARE format (see :func:`to_gare`).

    :param error: the error to check
    """
    return to_gare(error) is not None


def has_gares(errors: list[AnyErrorDocumentType]) -> bool:
    """
    Return ``True`` if any of the errors matches a known GARE format.

    :param errors: the errors to check
    """
    return any(is_gare(error) for error in errors)


def _lenient_dict2gare(error_dict: t.Any) -> GARE | None:
    """
    Load a dict as a GARE: the GARE format first, then each legacy format. A match
    must say what to do (a scope, an identity, a policy, a domain, MFA or a prompt);
    a bare message is not enough.
    """
    if not isinstance(error_dict, dict):
        return None
    try:
        gare = GARE.from_dict(error_dict)
    except ValidationError as err:
        log.debug("error is not a 'GARE' (%s)", err)
    else:
        if gare.authorization_parameters._is_actionable():
            return gare
        log.debug("error is a 'GARE' without actionable parameters")
    for variant in LEGACY_VARIANTS:
        try:
            gare = variant.from_dict(error_dict).to_auth_requirements_error()
        except ValidationError as err:
            log.debug("error is not a '%s' (%s)", variant.__name__, err)
            continue
        if gare.authorization_parameters._is_actionable():
            return gare
    return None
