"""Building request paths safely."""

from __future__ import annotations

import re
import typing as t
import urllib.parse


def quote_id(value: t.Any) -> str:
    """
    Percent-encode one path segment built from a user-supplied id.

    ``/``, ``?``, ``#`` and ``%`` are encoded so an id cannot add path segments, start a
    query or a fragment; a segment of only dots (``.``, ``..``) is encoded too, since URL
    normalisation would otherwise treat it as "this"/"parent" directory.
    """
    s = str(value)
    quoted = urllib.parse.quote(s, safe="")
    if quoted and quoted.strip(".") == "":
        quoted = quoted.replace(".", "%2E")
    return quoted


_BAD_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")


def quote_path(path: str) -> str:
    """
    Percent-encode a request path, keeping ``/`` and existing ``%XX`` escapes (so ids
    encoded with :func:`quote_id` are not encoded twice); a stray ``%`` becomes ``%25``.
    """
    return urllib.parse.quote(_BAD_PERCENT.sub("%25", path), safe="/%")
