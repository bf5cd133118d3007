"""UnpackingGCSResponse and IterableGCSResponse."""

from __future__ import annotations

import json

import pytest
import requests

from globus_sdk import GlobusHTTPResponse, IterableGCSResponse, UnpackingGCSResponse


def _response(data: object) -> GlobusHTTPResponse:
    r = requests.Response()
    r.status_code = 200
    r._content = json.dumps(data).encode()
    r.headers["Content-Type"] = "application/json"
    return GlobusHTTPResponse(r)


RESULT = {
    "DATA_TYPE": "result#1.0.0",
    "code": "success",
    "data": [
        {"DATA_TYPE": "authentication_service#1.0.0", "x": 1},
        {"DATA_TYPE": "collection#1.4.0", "id": "c1"},
        {"DATA_TYPE": "collection#1.4.0", "id": "c2"},
    ],
}


def test_unpacks_the_first_match():
    res = UnpackingGCSResponse(_response(RESULT), "collection")
    assert res.data == {"DATA_TYPE": "collection#1.4.0", "id": "c1"}
    assert res["id"] == "c1"
    assert res.get("id") == "c1"
    assert "id" in res
    assert res.full_data == RESULT


def test_prefix_must_match_the_whole_name():
    # "collection" does not match "collection_policies#1.0.0"
    data = {"data": [{"DATA_TYPE": "collection_policies#1.0.0"}]}
    res = UnpackingGCSResponse(_response(data), "collection")
    assert res.data == data


def test_callable_match():
    res = UnpackingGCSResponse(_response(RESULT), lambda d: d.get("id") == "c2")
    assert res["id"] == "c2"


@pytest.mark.parametrize(
    "data",
    [
        {"DATA_TYPE": "result#1.0.0", "data": []},
        {"no": "data"},
        {"data": "not a list"},
        {"data": ["not a dict", 1]},
        ["a", "list"],
    ],
)
def test_no_match_falls_back_to_full_data(data):
    res = UnpackingGCSResponse(_response(data), "collection")
    assert res.data == data
    assert res.full_data == data


def test_keeps_the_client_and_http_details():
    base = _response(RESULT)
    sentinel = object()
    base.client = sentinel  # type: ignore[assignment]
    res = UnpackingGCSResponse(base, "collection")
    assert res.client is sentinel
    assert res.http_status == 200


def test_invalid_match_string():
    with pytest.raises(ValueError):
        UnpackingGCSResponse(_response(RESULT), "collection#1.0.0")


def test_iterable_response_iterates_data():
    res = IterableGCSResponse(_response(RESULT))
    assert [d["DATA_TYPE"] for d in res] == [
        "authentication_service#1.0.0",
        "collection#1.4.0",
        "collection#1.4.0",
    ]
    assert res["code"] == "success"
    assert IterableGCSResponse.default_iter_key == "data"
