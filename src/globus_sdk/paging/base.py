from __future__ import annotations

import abc
import sys
import typing as t

from globus_sdk import exc

if sys.version_info >= (3, 10):
    from typing import ParamSpec
else:
    from typing_extensions import ParamSpec

PageT = t.TypeVar("PageT")
P = ParamSpec("P")
R = t.TypeVar("R")
C = t.TypeVar("C", bound=t.Callable[..., t.Any])

# a safety net for servers that keep claiming there is more: no API pages this far
_MAX_PAGES = 100_000


class PaginationError(exc.GlobusError, RuntimeError):
    """
    The server's paging data cannot be followed: it repeated a marker, claimed more
    pages without saying where they are, or stopped making progress. Iteration stops
    with this error instead of looping forever.
    """


class Paginator(t.Iterable[PageT], metaclass=abc.ABCMeta):
    """
    Calls a client method repeatedly, passing the paging parameters the previous page
    asks for. Iterate it (or call :meth:`pages`) for the pages, :meth:`items` for the
    items of every page.
    """

    # the keyword arguments this paginator needs the method to accept
    _REQUIRES_METHOD_KWARGS: tuple[str, ...] = ()

    def __init__(
        self,
        method: t.Callable[..., t.Any],
        *,
        items_key: str | None = None,
        client_args: tuple[t.Any, ...],
        client_kwargs: dict[str, t.Any],
        **kwargs: t.Any,
    ) -> None:
        self.method = method
        self.items_key = items_key
        self.client_args = client_args
        self.client_kwargs = dict(client_kwargs)

    def __iter__(self) -> t.Iterator[PageT]:
        yield from self.pages()

    @abc.abstractmethod
    def pages(self) -> t.Iterator[PageT]:
        """Yield each page (the method's response) in turn."""

    def items(self) -> t.Iterator[t.Any]:
        """Yield every item of every page (``page[items_key]``)."""
        if self.items_key is None:
            raise ValueError(
                "Cannot iterate over items: this paginator has no 'items_key'."
            )
        for page in self.pages():
            items = page[self.items_key]  # type: ignore[index]
            if items is None:
                continue
            yield from items

    def _call(self) -> PageT:
        page: PageT = self.method(*self.client_args, **self.client_kwargs)
        return page

    def _follow_tokens(
        self,
        param: str,
        read_token: t.Callable[[t.Any], t.Any],
        has_next: t.Callable[[t.Any], bool],
    ) -> t.Iterator[PageT]:
        """
        The loop shared by token-style paginators: call, yield the page, then pass the
        page's token back as ``param`` (also kept as the attribute of that name). A
        missing or repeated token ends iteration with :class:`PaginationError`.
        """
        seen: set[str] = set()
        for _ in range(_MAX_PAGES):
            token = getattr(self, param)
            if token is not None:
                self.client_kwargs[param] = token
            page = self._call()
            yield page
            if not has_next(page):
                return
            token = read_token(page)
            if token is None or token == "":
                raise PaginationError(
                    f"the server said there are more pages but sent no {param!r}"
                )
            key = repr(token)
            if key in seen:
                raise PaginationError(f"the server repeated the {param} {token!r}")
            seen.add(key)
            setattr(self, param, token)
        raise PaginationError(f"gave up after {_MAX_PAGES} pages")

    @classmethod
    def wrap(cls, method: t.Callable[P, R]) -> t.Callable[P, Paginator[R]]:
        """
        Turn a paginated client method into a function that returns a paginator; the
        result has the method's signature for type checkers.
        """
        if not getattr(method, "_has_paginator", False):
            raise TypeError(f"{getattr(method, '__name__', method)!r} is not paginated")
        paginator_class: type[Paginator[R]] = method._paginator_class  # type: ignore[attr-defined]
        items_key: str | None = method._paginator_items_key  # type: ignore[attr-defined]
        params: dict[str, t.Any] = method._paginator_params  # type: ignore[attr-defined]

        def paginated_method(*args: P.args, **kwargs: P.kwargs) -> Paginator[R]:
            return paginator_class(
                method,
                client_args=tuple(args),
                client_kwargs=dict(kwargs),
                items_key=items_key,
                **params,
            )

        paginated_method.__name__ = getattr(method, "__name__", "paginated_method")
        paginated_method.__doc__ = getattr(method, "__doc__", None)
        return paginated_method


def has_paginator(
    paginator_class: type[Paginator[PageT]],
    items_key: str | None = None,
    **paginator_params: t.Any,
) -> t.Callable[[C], C]:
    """
    Mark a client method as paginated: ``client.paginated.<method>(...)`` then returns a
    ``paginator_class`` paginator over it. ``paginator_params`` go to the paginator.
    """

    def decorate(func: C) -> C:
        func._has_paginator = True  # type: ignore[attr-defined]
        func._paginator_class = paginator_class  # type: ignore[attr-defined]
        func._paginator_items_key = items_key  # type: ignore[attr-defined]
        func._paginator_params = paginator_params  # type: ignore[attr-defined]
        return func

    return decorate
