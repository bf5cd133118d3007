"""TransferAPIError parses every body it may meet without crashing."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import globus_sdk
from globus_sdk._testing import construct_error


def _err(status: int, body) -> globus_sdk.TransferAPIError:
    err = construct_error(http_status=status, body=body, error_class=globus_sdk.TransferAPIError)
    assert isinstance(err, globus_sdk.TransferAPIError)
    return err


def test_transfer_document():
    err = _err(
        409,
        {
            "code": "Conflict.TaskAlreadyComplete",
            "message": "Task is already complete",
            "request_id": "Xk4qP2mRt",
            "resource": "/task/abc/cancel",
        },
    )
    assert err.code == "Conflict.TaskAlreadyComplete"
    assert err.message == "Task is already complete"
    assert err.request_id == "Xk4qP2mRt"
    assert err.http_status == 409
    text = str(err)
    assert "Xk4qP2mRt" in text and "Conflict.TaskAlreadyComplete" in text and "409" in text


@pytest.mark.parametrize(
    "body",
    [
        b'["a list", {"message": "in a list"}]',
        b'"just a string"',
        b"null",
        b"42",
        b"<html><body>502 Bad Gateway</body></html>",
        b'{"code": "truncated',
        b"",
    ],
)
@pytest.mark.parametrize("status", [500, 502, 503])
def test_odd_5xx_bodies(status, body):
    err = _err(status, body)
    assert err.http_status == status
    assert err.code == "Error"
    assert err.request_id is None
    assert isinstance(str(err), str)
    assert err.raw_text == body.decode()


@pytest.mark.parametrize(
    "code, expect", [(None, "Error"), (500, "500"), (["x"], "Error"), ({"a": 1}, "Error")]
)
def test_odd_codes(code, expect):
    err = _err(500, {"code": code, "message": "oops", "request_id": 17})
    assert err.code == expect
    assert err.message == "oops"
    assert err.request_id is None  # not a string: not a request id


def test_message_not_a_string():
    err = _err(400, {"code": "BadRequest", "message": {"nested": True}})
    assert err.code == "BadRequest"
    assert err.message is None


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)


@settings(max_examples=200, deadline=None)
@given(
    body=st.one_of(
        json_values,
        st.fixed_dictionaries(
            {"code": json_values, "message": json_values, "request_id": json_values}
        ),
    ),
    status=st.sampled_from([400, 401, 403, 404, 409, 500, 502, 503]),
)
def test_never_crashes_on_any_json(body, status):
    import json

    err = _err(status, json.dumps(body).encode())
    assert isinstance(err.code, str)
    assert err.request_id is None or isinstance(err.request_id, str)
    str(err)
    repr(err)
