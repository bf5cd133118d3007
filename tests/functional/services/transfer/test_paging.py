"""
Transfer paginators against well-behaved and adversarial servers: every broken paging
sequence ends with ``PaginationError`` after a bounded number of requests.
"""

from __future__ import annotations

import pytest
import responses

import globus_sdk
from globus_sdk.paging import PaginationError

from .conftest import BASE

TASK_ID = "42277910-0c18-11ef-8a3b-0242ac110002"


def _serve(url: str, *bodies: dict) -> None:
    # each body once, in order; the last one keeps being served
    for body in bodies:
        responses.add(responses.GET, url, json=body)


# ---- LimitOffsetTotalPaginator (task_list, task_event_list, endpoint_manager_task_event_list)
def test_task_list_pages_until_total(client):
    url = f"{BASE}/task_list"
    _serve(
        url,
        {"DATA": [{"task_id": "a"}, {"task_id": "b"}], "total": 5},
        {"DATA": [{"task_id": "c"}, {"task_id": "d"}], "total": 5},
        {"DATA": [{"task_id": "e"}], "total": 5},
    )
    items = list(client.paginated.task_list(limit=2).items())
    assert [i["task_id"] for i in items] == ["a", "b", "c", "d", "e"]
    assert [c.request.params for c in responses.calls] == [
        {"limit": "2"},
        {"limit": "2", "offset": "2"},
        {"limit": "2", "offset": "4"},
    ]


def test_task_list_stops_at_1000_results(client):
    url = f"{BASE}/task_list"
    _serve(url, {"DATA": [{"task_id": str(i)} for i in range(600)], "total": 5000})
    pages = list(client.paginated.task_list(limit=600).pages())
    assert len(pages) == 2
    assert responses.calls[-1].request.params == {"limit": "400", "offset": "600"}


def test_task_list_empty_page_below_total_is_an_error(client):
    url = f"{BASE}/task_list"
    _serve(url, {"DATA": [{"task_id": "a"}], "total": 10}, {"DATA": [], "total": 10})
    with pytest.raises(PaginationError):
        list(client.paginated.task_list().items())
    assert len(responses.calls) == 2


def test_task_event_list_missing_data_below_total_is_an_error(client):
    url = f"{BASE}/task/{TASK_ID}/event_list"
    _serve(url, {"total": 3})
    with pytest.raises(PaginationError):
        list(client.paginated.task_event_list(TASK_ID).pages())
    assert len(responses.calls) == 1


def test_endpoint_manager_task_event_list_without_total_is_one_page(client):
    url = f"{BASE}/endpoint_manager/task/{TASK_ID}/event_list"
    _serve(url, {"DATA": [{"code": "STARTED"}]})
    assert len(list(client.paginated.endpoint_manager_task_event_list(TASK_ID).pages())) == 1


# ---- NullableMarkerPaginator (successful_transfers, skipped_errors)
@pytest.mark.parametrize(
    "method, path",
    [
        ("task_successful_transfers", f"/task/{TASK_ID}/successful_transfers"),
        ("task_skipped_errors", f"/task/{TASK_ID}/skipped_errors"),
        (
            "endpoint_manager_task_successful_transfers",
            f"/endpoint_manager/task/{TASK_ID}/successful_transfers",
        ),
        (
            "endpoint_manager_task_skipped_errors",
            f"/endpoint_manager/task/{TASK_ID}/skipped_errors",
        ),
    ],
)
class TestNextMarker:
    def test_follows_next_marker(self, client, method, path):
        _serve(
            f"{BASE}{path}",
            {"DATA": [{"n": 1}], "next_marker": "m1"},
            {"DATA": [{"n": 2}], "next_marker": "m2"},
            {"DATA": [{"n": 3}], "next_marker": None},
        )
        items = list(getattr(client.paginated, method)(TASK_ID).items())
        assert [i["n"] for i in items] == [1, 2, 3]
        assert [c.request.params for c in responses.calls] == [{}, {"marker": "m1"}, {"marker": "m2"}]

    def test_repeated_marker_is_an_error(self, client, method, path):
        _serve(
            f"{BASE}{path}",
            {"DATA": [{"n": 1}], "next_marker": "same"},
            {"DATA": [{"n": 2}], "next_marker": "same"},
        )
        with pytest.raises(PaginationError, match="repeated"):
            list(getattr(client.paginated, method)(TASK_ID).items())
        assert len(responses.calls) == 2

    def test_missing_marker_ends(self, client, method, path):
        _serve(f"{BASE}{path}", {"DATA": [{"n": 1}]})
        items = list(getattr(client.paginated, method)(TASK_ID).items())
        assert items == [{"n": 1}]

    def test_empty_string_marker_is_an_error(self, client, method, path):
        _serve(f"{BASE}{path}", {"DATA": [], "next_marker": ""})
        with pytest.raises(PaginationError):
            list(getattr(client.paginated, method)(TASK_ID).items())
        assert len(responses.calls) == 1


# ---- LastKeyPaginator (endpoint_manager_task_list)
def test_endpoint_manager_task_list_missing_last_key_with_has_next(client):
    _serve(
        f"{BASE}/endpoint_manager/task_list",
        {"DATA": [{"task_id": "a"}], "has_next_page": True, "last_key": None},
    )
    with pytest.raises(PaginationError, match="last_key"):
        list(client.paginated.endpoint_manager_task_list().items())
    assert len(responses.calls) == 1


def test_endpoint_manager_task_list_repeated_last_key(client):
    _serve(
        f"{BASE}/endpoint_manager/task_list",
        {"DATA": [{"task_id": "a"}], "has_next_page": True, "last_key": "k1"},
        {"DATA": [{"task_id": "b"}], "has_next_page": True, "last_key": "k1"},
    )
    with pytest.raises(PaginationError, match="repeated"):
        list(client.paginated.endpoint_manager_task_list().items())
    assert len(responses.calls) == 2


def test_paginated_error_page_raises_transfer_error(client):
    responses.add(
        responses.GET,
        f"{BASE}/task_list",
        status=403,
        json={"code": "PermissionDenied", "message": "no"},
    )
    with pytest.raises(globus_sdk.TransferAPIError):
        list(client.paginated.task_list().items())
