from __future__ import annotations

import typing as t

from .base import _MAX_PAGES, PageT, PaginationError, Paginator


class NextTokenPaginator(Paginator[PageT]):
    """Pages carry ``next_token`` (null on the last page), passed back as ``next_token``."""

    _REQUIRES_METHOD_KWARGS = ("next_token",)

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
        self.next_token: t.Any = None

    def pages(self) -> t.Iterator[PageT]:
        seen: set[str] = set()
        for _ in range(_MAX_PAGES):
            if self.next_token is not None:
                self.client_kwargs["next_token"] = self.next_token
            page = self._call()
            yield page
            token = page.get("next_token")  # type: ignore[attr-defined]
            if token is None:
                return
            if str(token) in seen:
                raise PaginationError(f"the server repeated the next_token {token!r}")
            seen.add(str(token))
            self.next_token = token
        raise PaginationError(f"gave up after {_MAX_PAGES} pages")
