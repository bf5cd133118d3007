"""Search query helpers: SearchQueryV1, SearchQuery (deprecated), SearchScrollQuery."""

from __future__ import annotations

import pytest

import globus_sdk
from globus_sdk import utils
from globus_sdk.exc import RemovedInV4Warning
from globus_sdk.scopes import SearchScopes
from globus_sdk.services.search.data import (
    SearchQuery,
    SearchQueryBase,
    SearchQueryV1,
    SearchScrollQuery,
)


def _legacy(*args, **kwargs):
    with pytest.warns(RemovedInV4Warning, match="SearchQueryV1"):
        return SearchQuery(*args, **kwargs)


def test_query_v1_minimal():
    assert dict(SearchQueryV1(q="x")) == {"@version": "query#1.0.0", "q": "x"}
    assert dict(SearchQueryV1()) == {"@version": "query#1.0.0"}


def test_query_v1_every_field():
    query = SearchQueryV1(
        q="wire",
        limit=5,
        offset=1,
        advanced=False,
        filters=[{"type": "match_any", "field_name": "f", "values": ["v"]}],
        facets=[{"name": "n", "field_name": "f"}],
        post_facet_filters=[],
        boosts=[{"field_name": "f", "factor": 2}],
        sort=[{"field_name": "f", "order": "asc"}],
        additional_fields={"extra": "x"},
    )
    assert isinstance(query, utils.PayloadWrapper)
    assert dict(query) == {
        "@version": "query#1.0.0",
        "q": "wire",
        "limit": 5,
        "offset": 1,
        "advanced": False,
        "filters": [{"type": "match_any", "field_name": "f", "values": ["v"]}],
        "facets": [{"name": "n", "field_name": "f"}],
        "post_facet_filters": [],
        "boosts": [{"field_name": "f", "factor": 2}],
        "sort": [{"field_name": "f", "order": "asc"}],
        "extra": "x",
    }


def test_legacy_query_constructor_and_setters():
    query = _legacy(
        "wire",
        limit=10,
        offset=5,
        advanced=True,
        additional_fields={"bypass_visible_to": False},
    )
    assert isinstance(query, SearchQueryBase)
    assert dict(query) == {
        "q": "wire",
        "limit": 10,
        "offset": 5,
        "advanced": True,
        "bypass_visible_to": False,
    }
    same = query.set_query("wire2").set_limit(15).set_offset(3).set_advanced(False)
    assert same is query
    assert (query["q"], query["limit"], query["offset"], query["advanced"]) == (
        "wire2",
        15,
        3,
        False,
    )


def test_legacy_query_empty():
    assert dict(_legacy()) == {}


def test_legacy_query_filters_facets_boosts_sort():
    query = (
        _legacy()
        .add_filter("subject", ["a", "b"])
        .add_filter("n", ["1"], type="range", additional_fields={"x": 1})
        .add_facet(
            "fac",
            "field",
            size=5,
            date_interval="month",
            histogram_range=(0, 10),
            additional_fields={"y": 2},
        )
        .add_facet("fac2", "field2", type="terms")
        .add_boost("title", 2.5)
        .add_boost("body", 1, additional_fields={"z": 3})
        .add_sort("date", order="desc")
        .add_sort("title", additional_fields={"w": 4})
    )
    assert query["filters"] == [
        {"field_name": "subject", "values": ["a", "b"], "type": "match_all"},
        {"field_name": "n", "values": ["1"], "type": "range", "x": 1},
    ]
    assert query["facets"] == [
        {
            "name": "fac",
            "field_name": "field",
            "type": "terms",
            "y": 2,
            "size": 5,
            "date_interval": "month",
            "histogram_range": {"low": 0, "high": 10},
        },
        {"name": "fac2", "field_name": "field2", "type": "terms"},
    ]
    assert query["boosts"] == [
        {"field_name": "title", "factor": 2.5},
        {"field_name": "body", "factor": 1, "z": 3},
    ]
    assert query["sort"] == [
        {"field_name": "date", "order": "desc"},
        {"field_name": "title", "w": 4},
    ]


def test_scroll_query():
    query = SearchScrollQuery(
        "wire", limit=100, advanced=True, marker="m0", additional_fields={"x": 1}
    )
    assert dict(query) == {
        "q": "wire",
        "limit": 100,
        "advanced": True,
        "marker": "m0",
        "x": 1,
    }
    assert query.set_marker("m1") is query
    assert query["marker"] == "m1"
    query.add_filter("f", ["v"])
    assert query["filters"] == [
        {"field_name": "f", "values": ["v"], "type": "match_all"}
    ]
    assert dict(SearchScrollQuery()) == {}


def test_falsy_values_are_sent_and_none_is_omitted():
    # None means "not given" in these helpers; 0, "" and False are values
    assert dict(_legacy("", limit=0, offset=None, advanced=False)) == {
        "q": "",
        "limit": 0,
        "advanced": False,
    }
    assert dict(SearchScrollQuery(None, limit=0, marker="")) == {
        "limit": 0,
        "marker": "",
    }
    query = _legacy().add_facet("f", "x", size=0).add_sort("y", order=None)
    assert query["facets"] == [
        {"name": "f", "field_name": "x", "type": "terms", "size": 0}
    ]
    assert query["sort"] == [{"field_name": "y"}]


def test_scroll_query_does_not_warn():
    # filterwarnings=error makes any warning fail this test
    SearchScrollQuery("q")
    SearchQueryV1(q="q")


def test_exports():
    assert globus_sdk.SearchQuery is SearchQuery
    assert globus_sdk.SearchQueryV1 is SearchQueryV1
    assert globus_sdk.SearchScrollQuery is SearchScrollQuery


def test_client_class_attributes():
    assert globus_sdk.SearchClient.service_name == "search"
    assert globus_sdk.SearchClient.base_path == "/"
    assert globus_sdk.SearchClient.error_class is globus_sdk.SearchAPIError
    assert globus_sdk.SearchClient.scopes is SearchScopes
    client = globus_sdk.SearchClient()
    assert client.resource_server == "search.api.globus.org"
    assert [str(s) for s in client.default_scope_requirements] == [
        "urn:globus:auth:scope:search.api.globus.org:search"
    ]
    assert (
        globus_sdk.SearchClient(environment="preview").base_url
        == "https://search.api.preview.globus.org/"
    )
