"""Errors raised while parsing or serializing scopes."""

from __future__ import annotations


class ScopeParseError(ValueError):
    """
    A scope string could not be parsed.

    The message names the offending position (a 0-based character index) of the input.
    """


class ScopeCycleError(ScopeParseError):
    """Scope dependencies form a cycle (e.g. ``foo[bar[foo]]``)."""
