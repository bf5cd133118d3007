from __future__ import annotations

import typing as t

from .base import PageT, Paginator


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
        return self._follow_tokens(
            "last_key", lambda page: page.get("last_key"), lambda page: bool(page.get("has_next_page", False))
        )
