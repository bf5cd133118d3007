from __future__ import annotations

import typing as t

from .base import _MAX_PAGES, PageT, PaginationError, Paginator


class LastKeyPaginator(Paginator[PageT]):
    """Pages carry ``has_next_page`` and ``last_key``, passed back as ``last_key``."""

    _REQUIRES_METHOD_KWARGS = ("last_key",)

    def __init__(
        self,
        method: t.Callable[..., t.Any],
        *,
        items_key: str | None = None,
        client_args: tuple[t.Any, ...],
        client_kwargs: dict[str, t.Any],
    ) -> None:
        super().__init__(
            method, items_key=items_key, client_args=client_args, client_kwargs=client_kwargs
        )
        self.last_key: t.Any = None

    def pages(self) -> t.Iterator[PageT]:
        seen: set[str] = set()
        for _ in range(_MAX_PAGES):
            if self.last_key is not None:
                self.client_kwargs["last_key"] = self.last_key
            page = self._call()
            yield page
            if not page.get("has_next_page", False):  # type: ignore[attr-defined]
                return
            key = page.get("last_key")  # type: ignore[attr-defined]
            if key is None:
                raise PaginationError("the server said there are more pages but sent no last_key")
            if str(key) in seen:
                raise PaginationError(f"the server repeated the last_key {key!r}")
            seen.add(str(key))
            self.last_key = key
        raise PaginationError(f"gave up after {_MAX_PAGES} pages")
