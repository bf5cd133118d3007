"""Convert the many accepted spellings of "some scopes" to one string or one list."""

from __future__ import annotations

import typing as t

from .representation import Scope
from .scope_definition import MutableScope

if t.TYPE_CHECKING:
    from globus_sdk._types import ScopeCollectionType


def scopes_to_str(scopes: ScopeCollectionType) -> str:
    """
    Normalize a scope collection to a space-separated scope string.

    :param scopes: a scope string or object, or a (nested) iterable of scope strings
        and objects

    .. code-block:: pycon

        >>> scopes_to_str(Scope("foo"))
        'foo'
        >>> scopes_to_str([Scope("foo"), "bar", MutableScope("qux")])
        'foo bar qux'
    """
    return " ".join(
        str(item) if not isinstance(item, str) else item
        for item in _iter_scope_collection(scopes)
    )


def scopes_to_scope_list(scopes: ScopeCollectionType) -> list[Scope]:
    """
    Normalize a scope collection to a list of :class:`Scope` objects.

    Strings are parsed with :meth:`Scope.parse` (so one string may give several
    scopes), ``MutableScope`` objects are converted, ``Scope`` objects are kept as
    they are.

    :param scopes: a scope string or object, or a (nested) iterable of scope strings
        and objects
    :raises ScopeParseError: if a string is not a valid scope string
    """
    scope_list: list[Scope] = []
    for item in _iter_scope_collection(scopes):
        if isinstance(item, Scope):
            scope_list.append(item)
        else:
            scope_list.extend(Scope.parse(str(item)))
    return scope_list


def _iter_scope_collection(
    obj: ScopeCollectionType,
) -> t.Iterator[str | MutableScope | Scope]:
    """
    Iterate over a scope collection, flattening nested iterables; strings are
    stripped and blank strings are skipped.
    """
    # iterative flattening: an explicit stack of iterators
    stack: list[t.Iterator[t.Any]] = [iter((obj,))]
    while stack:
        for item in stack[-1]:
            if isinstance(item, str):
                item = item.strip()
                if item:
                    yield item
            elif isinstance(item, (Scope, MutableScope)):
                yield item
            else:
                try:
                    stack.append(iter(item))
                except TypeError:
                    raise TypeError(
                        "scopes must be strings, Scope or MutableScope objects, or "
                        f"iterables of them, not {type(item).__name__}"
                    ) from None
                break
        else:
            stack.pop()
