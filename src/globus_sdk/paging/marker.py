from __future__ import annotations

import typing as t

from .base import PageT, Paginator


class MarkerPaginator(Paginator[PageT]):
    """
    Pages carry ``has_next_page`` and a marker (``marker_key``, default "marker"); the
    marker is passed back as the ``marker`` argument.
    """

    _REQUIRES_METHOD_KWARGS = ("marker",)

    def __init__(
        self,
        method: t.Callable[..., t.Any],
        *,
        items_key: str | None = None,
        marker_key: str = "marker",
        client_args: tuple[t.Any, ...],
        client_kwargs: dict[str, t.Any],
    ) -> None:
        super().__init__(
            method, items_key=items_key, client_args=client_args, client_kwargs=client_kwargs
        )
        self.marker: t.Any = None
        self.marker_key = marker_key

    def _get_marker(self, page: t.Any) -> t.Any:
        return page.get(self.marker_key)

    def _has_next(self, page: t.Any) -> bool:
        return bool(page.get("has_next_page", False))

    def pages(self) -> t.Iterator[PageT]:
        return self._follow_tokens("marker", self._get_marker, self._has_next)


class NullableMarkerPaginator(MarkerPaginator[PageT]):
    """Like :class:`MarkerPaginator`, but the last page is the one whose marker is null."""

    def _has_next(self, page: t.Any) -> bool:
        return self._get_marker(page) is not None
