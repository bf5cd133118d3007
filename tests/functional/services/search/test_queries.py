"""SearchClient queries: search, post_search, scroll, and their paginated forms."""

from __future__ import annotations

import json

import pytest

import globus_sdk
from globus_sdk._testing import RegisteredResponse, load_response
from globus_sdk.exc import RemovedInV4Warning

BASE = "https://search.api.globus.org/v1"
INDEX_ID = "d773776c-b42e-427d-aa13-9a55b71f612e"


def _pages(method, path, pages, *, marker=False):
    """Register one response per page, served in order."""
    for i, items in enumerate(pages):
        last = i == len(pages) - 1
        body = {
            "count": len(items),
            "total": 3,
            "has_next_page": not last,
            "gmeta": items,
        }
        if marker and not last:
            body["marker"] = f"marker-{i + 1}"
        RegisteredResponse(service="search", path=path, method=method, json=body).add()


def test_search(client, last_request):
    fixture = load_response(client.search)
    meta = fixture.metadata
    res = client.search(meta["index_id"], "ocean temperature")

    sent = last_request()
    assert (sent.method, sent.url) == ("GET", f"{BASE}/index/{meta['index_id']}/search")
    assert sent.query == {
        "q": ["ocean temperature"],
        "offset": ["0"],
        "limit": ["10"],
        "advanced": ["False"],
    }
    assert sent.authorization == "Bearer mytoken"
    assert res["count"] == 2
    assert [r["subject"] for r in res["gmeta"]] == [
        "https://example.org/datasets/ocean-temperature-2023",
        "https://example.org/datasets/sea-ice-extent-2023",
    ]
    assert sent.body is None
    assert res.data == fixture.json


def test_search_options(client, last_request):
    meta = load_response(client.search).metadata
    client.search(
        meta["index_id"],
        "region: Pacific",
        offset=20,
        limit=5,
        advanced=True,
        query_params={"bypass_visible_to": "true"},
    )
    assert last_request().query == {
        "q": ["region: Pacific"],
        "offset": ["20"],
        "limit": ["5"],
        "advanced": ["True"],
        "bypass_visible_to": ["true"],
    }


def test_paginated_search(client, mocked_responses):
    path = f"/v1/index/{INDEX_ID}/search"
    _pages("GET", path, [[{"subject": "s1"}, {"subject": "s2"}], [{"subject": "s3"}]])
    items = list(client.paginated.search(INDEX_ID, "q").items())
    assert [i["subject"] for i in items] == ["s1", "s2", "s3"]

    queries = [c.request.params for c in mocked_responses.calls]
    assert [(q["offset"], q["limit"]) for q in queries] == [("0", "100"), ("2", "100")]


def test_post_search(client, last_request):
    fixture = load_response(client.post_search)
    meta = fixture.metadata
    res = client.post_search(meta["index_id"], {"q": "ocean", "limit": 3})

    sent = last_request()
    assert (sent.method, sent.url) == (
        "POST",
        f"{BASE}/index/{meta['index_id']}/search",
    )
    assert sent.query == {}
    assert sent.body == {"q": "ocean", "limit": 3}
    assert sent.authorization == "Bearer mytoken"
    assert res["total"] == 2
    assert res.data == fixture.json


def test_post_search_offset_limit_override(client, last_request):
    meta = load_response(client.post_search).metadata
    data = {"q": "ocean", "limit": 3}
    client.post_search(meta["index_id"], data, offset=10, limit=20)
    assert last_request().body == {"q": "ocean", "offset": 10, "limit": 20}
    assert data == {"q": "ocean", "limit": 3}  # the caller's document is not changed


def test_post_search_query_v1(client, last_request):
    meta = load_response(client.post_search).metadata
    query = globus_sdk.SearchQueryV1(
        q="ocean",
        limit=5,
        filters=[{"type": "match_any", "field_name": "region", "values": ["Pacific"]}],
    )
    client.post_search(meta["index_id"], query)
    assert last_request().body == {
        "@version": "query#1.0.0",
        "q": "ocean",
        "limit": 5,
        "filters": [
            {"type": "match_any", "field_name": "region", "values": ["Pacific"]}
        ],
    }


def test_post_search_legacy_query(client, last_request):
    meta = load_response(client.post_search).metadata
    with pytest.warns(RemovedInV4Warning):
        query = globus_sdk.SearchQuery("ocean").add_sort("date", order="desc")
    client.post_search(meta["index_id"], query, limit=7)
    assert last_request().body == {
        "q": "ocean",
        "sort": [{"field_name": "date", "order": "desc"}],
        "limit": 7,
    }


def test_paginated_post_search(client, mocked_responses):
    path = f"/v1/index/{INDEX_ID}/search"
    _pages("POST", path, [[{"subject": "a"}, {"subject": "b"}], [{"subject": "c"}]])
    items = list(client.paginated.post_search(INDEX_ID, {"q": "x"}).items())
    assert [i["subject"] for i in items] == ["a", "b", "c"]

    bodies = [json.loads(c.request.body) for c in mocked_responses.calls]
    assert bodies == [{"q": "x", "limit": 100}, {"q": "x", "offset": 2, "limit": 100}]


def test_scroll(client, last_request):
    meta = load_response(client.scroll).metadata
    res = client.scroll(meta["index_id"], {"q": "*"})

    sent = last_request()
    assert (sent.method, sent.url) == (
        "POST",
        f"{BASE}/index/{meta['index_id']}/scroll",
    )
    assert sent.query == {}
    assert sent.body == {"q": "*"}
    assert sent.authorization == "Bearer mytoken"
    assert res["marker"] == meta["marker"]
    assert res["has_next_page"] is True


def test_scroll_marker_overrides_query(client, last_request):
    meta = load_response(client.scroll).metadata
    query = globus_sdk.SearchScrollQuery("*", limit=100, marker="m0").add_filter(
        "region", ["Arctic"]
    )
    client.scroll(meta["index_id"], query, marker="m2")
    assert last_request().body == {
        "q": "*",
        "limit": 100,
        "marker": "m2",
        "filters": [
            {"field_name": "region", "values": ["Arctic"], "type": "match_all"}
        ],
    }
    assert query["marker"] == "m0"


def test_paginated_scroll(client, mocked_responses):
    path = f"/v1/index/{INDEX_ID}/scroll"
    _pages("POST", path, [[{"subject": "1"}], [{"subject": "2"}]], marker=True)
    query = globus_sdk.SearchScrollQuery("q")
    items = list(client.paginated.scroll(INDEX_ID, query).items())
    assert [i["subject"] for i in items] == ["1", "2"]

    bodies = [json.loads(c.request.body) for c in mocked_responses.calls]
    assert bodies == [{"q": "q"}, {"q": "q", "marker": "marker-1"}]
