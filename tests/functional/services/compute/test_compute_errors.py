"""ComputeAPIError parsing of Compute error responses."""

from __future__ import annotations

import pytest
import responses

import globus_sdk

URL = "https://compute.api.globus.org/v2/tasks/8a0c2e4b-6d8f-4a1c-8e3b-5d7f9a1c3e4d"


def _raise_for(client, **kwargs) -> globus_sdk.ComputeAPIError:
    responses.add(responses.GET, URL, **kwargs)
    with pytest.raises(globus_sdk.ComputeAPIError) as excinfo:
        client.get_task("8a0c2e4b-6d8f-4a1c-8e3b-5d7f9a1c3e4d")
    return excinfo.value


def test_code_and_message(client_v2):
    err = _raise_for(
        client_v2, status=404, json={"code": "NotFound", "message": "nope"}
    )
    assert (err.http_status, err.code, err.message) == (404, "NotFound", "nope")
    assert err.args == (
        "GET",
        URL,
        "Bearer",
        404,
        "NotFound",
        "nope",
    )


def test_reason_is_the_message(client_v2):
    err = _raise_for(
        client_v2,
        status=400,
        json={
            "code": 13,
            "reason": "Task 8a0c2e4b-6d8f-4a1c-8e3b-5d7f9a1c3e4d not found",
            "error_args": ["8a0c2e4b-6d8f-4a1c-8e3b-5d7f9a1c3e4d"],
            "http_status_code": 400,
        },
    )
    assert err.code == "13"
    assert err.message == "Task 8a0c2e4b-6d8f-4a1c-8e3b-5d7f9a1c3e4d not found"


@pytest.mark.parametrize(
    "kwargs",
    [
        {"body": "<html>oops</html>", "content_type": "text/html"},
        {"json": None},
        {"json": ["x"]},
        {"json": {"reason": ["not", "a", "str"], "code": None}},
    ],
)
def test_unusual_bodies_do_not_crash(client_v2, kwargs):
    err = _raise_for(client_v2, status=500, **kwargs)
    assert err.http_status == 500
    assert err.code == "Error"
