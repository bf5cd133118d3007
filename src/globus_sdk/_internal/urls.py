"""Building request paths safely."""

from __future__ import annotations

import re
import typing as t
import urllib.parse

from globus_sdk.exc import GlobusSDKUsageError


def quote_id(value: t.Any) -> str:
    """
    Percent-encode one path segment built from a user-supplied id.

    ``/``, ``?``, ``#`` and ``%`` are encoded so an id cannot add path segments, start a
    query or a fragment; an empty id, ``.`` or ``..`` is a ``GlobusSDKUsageError``.
    """
    s = str(value)
    if s in ("", ".", ".."):
        # requests decodes %2E back to "." and servers resolve dot segments, so such an
        # id would address another resource: refuse it before anything is sent
        raise GlobusSDKUsageError(f"{s!r} is not a valid id for a URL path segment")
    return urllib.parse.quote(s, safe="")


_BAD_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")


def quote_path(path: str) -> str:
    """
    Percent-encode a request path, keeping ``/`` and existing ``%XX`` escapes (so ids
    encoded with :func:`quote_id` are not encoded twice); a stray ``%`` becomes ``%25``.
    """
    return urllib.parse.quote(_BAD_PERCENT.sub("%25", path), safe="/%")
