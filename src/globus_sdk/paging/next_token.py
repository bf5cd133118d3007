from __future__ import annotations

import typing as t

from .base import PageT, Paginator


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
        return self._follow_tokens(
            "next_token", lambda page: page.get("next_token"), lambda page: page.get("next_token") is not None
        )
