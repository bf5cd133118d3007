"""SearchAPIError built without HTTP (construct_error)."""

from __future__ import annotations

import pytest

import globus_sdk
from globus_sdk._testing import construct_error


@pytest.mark.parametrize(
    "body, error_data",
    [
        ({"code": "X", "message": "m", "error_data": {"k": "v"}}, {"k": "v"}),
        ({"code": "X", "message": "m", "error_data": [{"k": "v"}]}, [{"k": "v"}]),
        ({"code": "X", "message": "m", "error_data": None}, None),
        ({"code": "X", "message": "m"}, None),
        ("not json at all", None),
        ("[1, 2]", None),
    ],
)
def test_error_data(body, error_data):
    err = construct_error(
        http_status=400, body=body, error_class=globus_sdk.SearchAPIError
    )
    assert isinstance(err, globus_sdk.SearchAPIError)
    assert err.error_data == error_data


def test_code_and_message_are_still_parsed():
    err = construct_error(
        http_status=400,
        body={
            "code": "BadRequest.InvalidQuery",
            "message": "bad query",
            "error_data": {},
        },
        error_class=globus_sdk.SearchAPIError,
    )
    assert err.code == "BadRequest.InvalidQuery"
    assert err.message == "bad query"
