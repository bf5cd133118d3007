"""Whatever pages a server sends, a paginator ends: by itself or with PaginationError."""

from __future__ import annotations

import typing as t

from hypothesis import given, settings
from hypothesis import strategies as st

from globus_sdk.paging import (
    HasNextPaginator,
    LastKeyPaginator,
    LimitOffsetTotalPaginator,
    MarkerPaginator,
    NextTokenPaginator,
    NullableMarkerPaginator,
    PaginationError,
    Paginator,
)

tokens = st.none() | st.sampled_from(["", "a", "b", "c"]) | st.integers(0, 3)
pages = st.fixed_dictionaries(
    {"DATA": st.lists(st.integers(), max_size=3)},
    optional={
        "has_next_page": st.booleans(),
        "marker": tokens,
        "next_token": tokens,
        "last_key": tokens,
        "total": st.integers(-1, 20),
    },
)

PAGINATORS: list[tuple[type[Paginator[t.Any]], dict[str, t.Any]]] = [
    (MarkerPaginator, {}),
    (NullableMarkerPaginator, {}),
    (NextTokenPaginator, {}),
    (LastKeyPaginator, {}),
    (HasNextPaginator, {"get_page_size": lambda p: len(p["DATA"]), "max_total_results": 1000, "page_size": 10}),
    (LimitOffsetTotalPaginator, {"get_page_size": lambda p: len(p["DATA"]), "max_total_results": 1000, "page_size": 10}),
]


@settings(max_examples=400, deadline=None)
@given(
    script=st.lists(pages, min_size=1, max_size=8),
    which=st.integers(0, len(PAGINATORS) - 1),
)
def test_paginators_always_end(script: list[dict[str, t.Any]], which: int) -> None:
    calls = 0

    def method(**kwargs: t.Any) -> dict[str, t.Any]:
        nonlocal calls
        calls += 1
        # the server keeps answering with its last page forever
        return script[min(calls, len(script)) - 1]

    cls, params = PAGINATORS[which]
    paginator = cls(method, items_key="DATA", client_args=(), client_kwargs={}, **params)
    try:
        for _ in paginator.items():
            pass
    except PaginationError:
        pass
    # token styles give up at the first repeated token (there are 8 distinct ones);
    # limit/offset paging stops at the total (at most 20), on an empty page, or (for
    # has-next paging, which has no total) at max_total_results
    bound = {HasNextPaginator: 1000, LimitOffsetTotalPaginator: 21}.get(cls, 9)
    assert calls <= len(script) + bound
