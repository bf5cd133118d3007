from __future__ import annotations

import json
import logging

import pytest
import requests

from globus_sdk.response import ArrayResponse, GlobusHTTPResponse, IterableResponse


def raw(body: bytes | str | object, status: int = 200, ctype: str = "application/json") -> requests.Response:
    r = requests.Response()
    r.status_code = status
    if not isinstance(body, (bytes, str)):
        body = json.dumps(body)
    r._content = body.encode() if isinstance(body, str) else body
    r.headers["Content-Type"] = ctype
    r.encoding = "utf-8"
    return r


def test_dict_access() -> None:
    res = GlobusHTTPResponse(raw({"a": 1, "b": [1, 2]}))
    assert res["a"] == 1
    assert res.get("a") == 1
    assert res.get("missing", "d") == "d"
    assert "a" in res and "z" not in res
    assert res.http_status == 200
    assert res.content_type == "application/json"
    assert json.loads(str(res)) == {"a": 1, "b": [1, 2]}
    assert res.binary_content == b'{"a": 1, "b": [1, 2]}'


def test_empty_and_non_json(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    empty = GlobusHTTPResponse(raw(b"", status=204))
    assert empty.data is None
    assert empty.get("x") is None
    assert "x" not in empty
    assert bool(empty) is False  # like the (empty) data it wraps
    assert bool(GlobusHTTPResponse(raw({"a": 1}))) is True
    assert bool(GlobusHTTPResponse(raw({}))) is False
    html = GlobusHTTPResponse(raw("<html/>", ctype="text/html"))
    assert html.data is None
    assert str(html) == "<html/>"
    with pytest.raises(TypeError, match="not indexable"):
        html["x"]
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


def test_repr_is_short() -> None:
    res = GlobusHTTPResponse(raw({"token": "x" * 10_000}))
    assert len(repr(res)) < 100
    assert "xxxx" not in repr(res)


def test_wrapping_a_response_shares_parsed_data() -> None:
    inner = GlobusHTTPResponse(raw({"DATA": [{"id": 1}, {"id": 2}]}))
    _ = inner.data
    outer = IterableResponse(inner, iter_key="DATA")
    assert [x["id"] for x in outer] == [1, 2]
    assert outer.client is None


def test_iterable_response_default_key() -> None:
    class Things(IterableResponse):
        default_iter_key = "things"

    assert list(Things(raw({"things": [1, 2]}))) == [1, 2]
    assert list(Things(raw({"nothing": 1}))) == []
    with pytest.raises(TypeError):
        list(Things(raw([1, 2])))
    with pytest.raises(TypeError, match="no iter_key"):
        list(IterableResponse(raw({})))


def test_array_response() -> None:
    res = ArrayResponse(raw([1, 2, 3]))
    assert list(res) == [1, 2, 3]
    assert len(res) == 3
    assert res[0] == 1
    with pytest.raises(TypeError):
        len(ArrayResponse(raw({"a": 1})))
