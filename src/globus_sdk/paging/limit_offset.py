from __future__ import annotations

import typing as t

from .base import PageT, PaginationError, Paginator


class _LimitOffsetBasedPaginator(Paginator[PageT]):
    _REQUIRES_METHOD_KWARGS = ("limit", "offset")

    def __init__(
        self,
        method: t.Callable[..., t.Any],
        *,
        items_key: str | None = None,
        get_page_size: t.Callable[[dict[str, t.Any]], int],
        max_total_results: int,
        page_size: int,
        client_args: tuple[t.Any, ...],
        client_kwargs: dict[str, t.Any],
    ) -> None:
        super().__init__(
            method, items_key=items_key, client_args=client_args, client_kwargs=client_kwargs
        )
        self.get_page_size = get_page_size
        self.max_total_results = max_total_results
        self.limit: int = self.client_kwargs.get("limit") or page_size
        self.offset: int = self.client_kwargs.get("offset") or 0

    def _has_next(self, page: t.Any) -> bool:
        raise NotImplementedError

    def pages(self) -> t.Iterator[PageT]:
        while True:
            limit = min(self.limit, self.max_total_results - self.offset)
            if limit <= 0:
                return
            self.client_kwargs["limit"] = limit
            if self.offset:
                self.client_kwargs["offset"] = self.offset
            page = self._call()
            yield page
            count = self.get_page_size(page)  # type: ignore[arg-type]
            if not self._has_next(page):
                return
            if not isinstance(count, int) or count <= 0:
                raise PaginationError(
                    "the server said there are more results but sent an empty page"
                )
            self.offset += count


class HasNextPaginator(_LimitOffsetBasedPaginator[PageT]):
    """Limit/offset paging driven by the pages' ``has_next_page``."""

    def _has_next(self, page: t.Any) -> bool:
        return bool(page.get("has_next_page", False))


class LimitOffsetTotalPaginator(_LimitOffsetBasedPaginator[PageT]):
    """Limit/offset paging until ``offset`` reaches the pages' ``total``."""

    def _has_next(self, page: t.Any) -> bool:
        total = page.get("total")
        if not isinstance(total, int):
            return False
        return self.offset + self.get_page_size(page) < total
