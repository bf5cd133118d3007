"""GCSAPIError parsing of GCS Manager error responses."""

from __future__ import annotations

import pytest
import responses

import globus_sdk

BASE = "https://abc.xyz.data.globus.org/api"


def _raise_for(client, **kwargs) -> globus_sdk.GCSAPIError:
    responses.add(responses.GET, f"{BASE}/endpoint", **kwargs)
    with pytest.raises(globus_sdk.GCSAPIError) as excinfo:
        client.get_endpoint()
    return excinfo.value


def test_detail_document_sets_detail_data_type(client):
    detail = {
        "DATA_TYPE": "authentication_timeout#1.1.0",
        "identities": ["8f2c6a1e-3b4d-4e5f-9a0b-1c2d3e4f5a6b"],
        "require_high_assurance": True,
    }
    err = _raise_for(
        client,
        status=403,
        json={
            "DATA_TYPE": "result#1.0.0",
            "code": "permission_denied",
            "http_response_code": 403,
            "detail": detail,
            "message": "Session reauthentication required",
        },
    )
    assert err.code == "permission_denied"
    assert err.detail == detail
    assert err.detail_data_type == "authentication_timeout#1.1.0"
    assert err.message == "Session reauthentication required"
    # str() carries the request, the status, the code, the message and the detail
    assert str(err) == str(
        (
            "GET",
            f"{BASE}/endpoint",
            "Bearer",
            403,
            "permission_denied",
            "Session reauthentication required",
            detail,
        )
    )


def test_not_found_without_detail(client):
    err = _raise_for(client, status=404, json={"code": "NotFound", "message": "nope"})
    assert (err.http_status, err.code, err.message) == (404, "NotFound", "nope")
    assert err.detail is None
    assert err.detail_data_type is None
    assert err.args[-1] is None


@pytest.mark.parametrize(
    "kwargs",
    [
        {"body": "<html>Bad Gateway</html>", "content_type": "text/html"},
        {"body": '{"truncated": ', "content_type": "application/json"},
        {"json": ["a", "list"]},
        {"json": {"detail": ["not", "a", "str"], "code": 7}},
    ],
)
def test_unusual_bodies_do_not_crash(client, kwargs):
    err = _raise_for(client, status=502, **kwargs)
    assert err.http_status == 502
    assert err.detail is None
    assert isinstance(err.code, str)
