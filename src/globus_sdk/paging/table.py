from __future__ import annotations

import typing as t

from .base import Paginator


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
