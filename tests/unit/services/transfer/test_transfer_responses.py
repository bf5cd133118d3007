from __future__ import annotations

import json
import unittest.mock

import pytest
import requests

from globus_sdk import ActivationRequirementsResponse, IterableTransferResponse
from globus_sdk.response import GlobusHTTPResponse


def _raw(body) -> requests.Response:
    r = requests.Response()
    r.status_code = 200
    r._content = json.dumps(body).encode()
    r.headers["Content-Type"] = "application/json"
    return r


def test_iterable_transfer_response_iterates_data():
    res = IterableTransferResponse(_raw({"DATA": [{"name": "a"}, {"name": "b"}], "path": "/~/"}))
    assert [x["name"] for x in res] == ["a", "b"]
    assert res["path"] == "/~/"
    assert IterableTransferResponse.default_iter_key == "DATA"


def test_iterable_transfer_response_wraps_a_response_and_other_key():
    base = GlobusHTTPResponse(_raw({"shared_endpoints": [{"id": 1}]}))
    res = IterableTransferResponse(base, iter_key="shared_endpoints")
    assert list(res) == [{"id": 1}]


def test_iterable_transfer_response_missing_data_is_empty():
    assert list(IterableTransferResponse(_raw({"x": 1}))) == []


def _activation(body) -> ActivationRequirementsResponse:
    return ActivationRequirementsResponse(_raw(body))


def test_always_activated():
    res = _activation({"expires_in": -1, "DATA": []})
    assert res.always_activated is True
    assert res.expires_at is None
    assert res.active_until(10**9) is True


def test_expiring_activation():
    with unittest.mock.patch("time.time", return_value=1000.0):
        res = _activation({"expires_in": 3600, "DATA": []})
    assert res.always_activated is False
    assert res.expires_at == 4600
    with unittest.mock.patch("time.time", return_value=1000.0):
        assert res.active_until(3599) is True
        assert res.active_until(3600) is False
    assert res.active_until(4599, relative_time=False) is True
    assert res.active_until(4600, relative_time=False) is False


def test_not_activated():
    res = _activation({"expires_in": 0, "DATA": []})
    assert res.active_until(0) is False


@pytest.mark.parametrize("body", [{}, {"expires_in": None}, {"expires_in": "soon"}, []])
def test_unknown_expiry(body):
    res = _activation(body)
    assert res.expires_at is None
    assert res.always_activated is False
    assert res.active_until(1) is False


@pytest.mark.parametrize(
    "body, auto, web",
    [
        ({"auto_activation_supported": True, "DATA": []}, True, True),
        ({"auto_activation_supported": False, "oauth_server": "o.example.org"}, False, True),
        ({"DATA": [{"type": "myproxy", "name": "hostname"}]}, False, True),
        ({"DATA": [{"type": "delegate_proxy"}], "oauth_server": None}, False, False),
        ({"DATA": "not a list"}, False, False),
    ],
)
def test_activation_kinds(body, auto, web):
    res = _activation(body)
    assert res.supports_auto_activation is auto
    assert res.supports_web_activation is web


def test_received_time_is_recorded_once():
    with unittest.mock.patch("time.time", return_value=50.0):
        res = _activation({"expires_in": 10})
    # expires_at is anchored at receipt, not at first access
    assert res.expires_at == 60
