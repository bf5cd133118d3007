from __future__ import annotations

import typing as t

import pytest

from globus_sdk.paging import (
    HasNextPaginator,
    LastKeyPaginator,
    LimitOffsetTotalPaginator,
    MarkerPaginator,
    NextTokenPaginator,
    NullableMarkerPaginator,
    PaginationError,
    Paginator,
    PaginatorTable,
    has_paginator,
)


class FakeMethod:
    """Returns the scripted pages in order and records the kwargs of each call."""

    def __init__(self, pages: list[dict[str, t.Any]]) -> None:
        self.pages = pages
        self.calls: list[dict[str, t.Any]] = []

    def __call__(self, *args: t.Any, **kwargs: t.Any) -> dict[str, t.Any]:
        self.calls.append(dict(kwargs))
        index = min(len(self.calls) - 1, len(self.pages) - 1)
        return self.pages[index]


def make(cls: type[Paginator[t.Any]], method: FakeMethod, **kw: t.Any) -> Paginator[t.Any]:
    return cls(method, items_key="DATA", client_args=(), client_kwargs={}, **kw)


def test_marker_paginator() -> None:
    m = FakeMethod([
        {"DATA": [1, 2], "has_next_page": True, "marker": "m1"},
        {"DATA": [3], "has_next_page": False},
    ])
    assert list(make(MarkerPaginator, m).items()) == [1, 2, 3]
    assert m.calls == [{}, {"marker": "m1"}]


def test_marker_key() -> None:
    m = FakeMethod([
        {"DATA": [1], "has_next_page": True, "next_marker": "x"},
        {"DATA": [2], "has_next_page": False},
    ])
    assert list(make(MarkerPaginator, m, marker_key="next_marker").items()) == [1, 2]


def test_marker_repeated_is_an_error() -> None:
    m = FakeMethod([{"DATA": [1], "has_next_page": True, "marker": "same"}])
    with pytest.raises(PaginationError, match="repeated"):
        list(make(MarkerPaginator, m).items())
    assert len(m.calls) == 2


def test_marker_missing_while_more_is_an_error() -> None:
    m = FakeMethod([{"DATA": [1], "has_next_page": True}])
    with pytest.raises(PaginationError, match="no 'marker'"):
        list(make(MarkerPaginator, m).pages())
    assert len(m.calls) == 1


def test_nullable_marker() -> None:
    m = FakeMethod([{"DATA": [1], "marker": "a"}, {"DATA": [2], "marker": "b"}, {"DATA": [3], "marker": None}])
    assert list(make(NullableMarkerPaginator, m).items()) == [1, 2, 3]
    assert m.calls == [{}, {"marker": "a"}, {"marker": "b"}]


def test_next_token() -> None:
    m = FakeMethod([{"DATA": [1], "next_token": "t1"}, {"DATA": [2], "next_token": None}])
    assert list(make(NextTokenPaginator, m).items()) == [1, 2]
    assert m.calls[1] == {"next_token": "t1"}
    loop = FakeMethod([{"DATA": [1], "next_token": "t1"}])
    with pytest.raises(PaginationError):
        list(make(NextTokenPaginator, loop).items())


def test_last_key() -> None:
    m = FakeMethod([
        {"DATA": [1], "has_next_page": True, "last_key": "k1"},
        {"DATA": [2], "has_next_page": False, "last_key": None},
    ])
    assert list(make(LastKeyPaginator, m).items()) == [1, 2]
    assert m.calls[1] == {"last_key": "k1"}
    with pytest.raises(PaginationError):
        list(make(LastKeyPaginator, FakeMethod([{"DATA": [], "has_next_page": True}])).items())


def page_size(page: dict[str, t.Any]) -> int:
    return len(page["DATA"])


def test_limit_offset_total() -> None:
    m = FakeMethod([{"DATA": [1, 2], "total": 3}, {"DATA": [3], "total": 3}])
    p = make(LimitOffsetTotalPaginator, m, get_page_size=page_size, max_total_results=1000, page_size=1000)
    assert list(p.items()) == [1, 2, 3]
    assert m.calls == [{"limit": 1000}, {"limit": 998, "offset": 2}]


def test_limit_offset_empty_page_below_total_is_an_error() -> None:
    m = FakeMethod([{"DATA": [1], "total": 10}, {"DATA": [], "total": 10}])
    p = make(LimitOffsetTotalPaginator, m, get_page_size=page_size, max_total_results=1000, page_size=100)
    with pytest.raises(PaginationError, match="empty page"):
        list(p.items())
    assert len(m.calls) == 2


def test_limit_offset_respects_max_total() -> None:
    m = FakeMethod([{"DATA": list(range(10)), "total": 10_000}])
    p = make(LimitOffsetTotalPaginator, m, get_page_size=page_size, max_total_results=25, page_size=10)
    assert len(list(p.pages())) == 3
    assert m.calls[-1] == {"limit": 5, "offset": 20}


def test_has_next() -> None:
    m = FakeMethod([{"DATA": [1, 2], "has_next_page": True}, {"DATA": [3], "has_next_page": False}])
    p = make(HasNextPaginator, m, get_page_size=page_size, max_total_results=1000, page_size=100)
    assert list(p.items()) == [1, 2, 3]
    assert m.calls == [{"limit": 100}, {"limit": 100, "offset": 2}]


def test_items_requires_items_key() -> None:
    m = FakeMethod([{"DATA": [1], "has_next_page": False}])
    p = MarkerPaginator(m, client_args=(), client_kwargs={})
    assert len(list(p)) == 1
    with pytest.raises(ValueError, match="items_key"):
        list(p.items())


class Client:
    def __init__(self) -> None:
        self.paginated = PaginatorTable(self)
        self.seen: list[tuple[t.Any, ...]] = []

    @has_paginator(MarkerPaginator, items_key="DATA")
    def list_things(self, kind: str, *, marker: str | None = None) -> dict[str, t.Any]:
        self.seen.append((kind, marker))
        if marker is None:
            return {"DATA": ["a"], "has_next_page": True, "marker": "m"}
        return {"DATA": ["b"], "has_next_page": False}

    def not_paginated(self) -> None:
        pass


def test_paginator_table() -> None:
    client = Client()
    assert list(client.paginated.list_things("x").items()) == ["a", "b"]
    assert client.seen == [("x", None), ("x", "m")]
    assert client.paginated.list_things is client.paginated.list_things  # cached
    with pytest.raises(AttributeError, match="not a paginated method"):
        client.paginated.not_paginated  # noqa: B018
    with pytest.raises(AttributeError):
        client.paginated.does_not_exist  # noqa: B018


def test_wrap_rejects_unpaginated() -> None:
    with pytest.raises(TypeError):
        Paginator.wrap(Client().not_paginated)


def test_table_pickles() -> None:
    import pickle

    table = PaginatorTable({"client": 1})
    restored = pickle.loads(pickle.dumps(table))
    assert restored._client == {"client": 1}
