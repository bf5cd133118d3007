from __future__ import annotations

import sys
import typing as t

from .base import Paginator

if sys.version_info >= (3, 10):
    import typing as te
else:  # pragma: no cover
    import typing_extensions as te

P = te.ParamSpec("P")
R = t.TypeVar("R")


class PaginatorTable:
    """
    ``client.paginated``: for each paginated method of the client, an attribute of the
    same name that takes the same arguments and returns a paginator.
    """

    def __init__(self, client: t.Any) -> None:
        self._client = client
        self._bindings: dict[str, t.Callable[..., Paginator[t.Any]]] = {}

    def __getattr__(self, attrname: str) -> t.Callable[..., Paginator[t.Any]]:
        if attrname.startswith("__") or attrname in ("_client", "_bindings"):
            raise AttributeError(attrname)
        if attrname not in self._bindings:
            method = getattr(self._client, attrname, None)
            if method is None or not getattr(method, "_has_paginator", False):
                raise AttributeError(
                    f"{type(self._client).__name__}.{attrname} is not a paginated method"
                )
            self._bindings[attrname] = Paginator.wrap(method)
        return self._bindings[attrname]

    # bound methods do not pickle well; rebuild them on demand after unpickling
    def __getstate__(self) -> dict[str, t.Any]:
        return {"_client": self._client}

    def __setstate__(self, d: dict[str, t.Any]) -> None:
        self._client = d["_client"]
        self._bindings = {}


class PaginatedMethod(t.Generic[P, R]):
    """
    Declares ``name = PaginatedMethod(Client.name)`` on a :class:`PaginatorTable`
    subclass, so type checkers see ``client.paginated.name`` with the method's own
    parameters, returning a ``Paginator`` of its response type. At runtime it resolves
    like any attribute of the table.
    """

    def __init__(self, method: t.Callable[te.Concatenate[t.Any, P], R]) -> None:
        self._name: str = method.__name__

    @t.overload
    def __get__(self, obj: None, owner: type[t.Any]) -> PaginatedMethod[P, R]: ...

    @t.overload
    def __get__(self, obj: PaginatorTable, owner: type[t.Any]) -> t.Callable[P, Paginator[R]]: ...

    def __get__(
        self, obj: PaginatorTable | None, owner: type[t.Any]
    ) -> PaginatedMethod[P, R] | t.Callable[P, Paginator[R]]:
        if obj is None:
            return self
        bound: t.Callable[P, Paginator[R]] = obj.__getattr__(self._name)
        return bound
