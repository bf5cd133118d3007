"""TimersAPIError parses the Timers error shapes, and never crashes on odd bodies."""

from __future__ import annotations

import json

import pytest

from globus_sdk import TimersAPIError
from globus_sdk._testing import construct_error


def _err(body, status=400):
    if isinstance(body, list):
        body = json.dumps(body)
    err = construct_error(http_status=status, body=body, error_class=TimersAPIError)
    assert isinstance(err, TimersAPIError)
    return err


def test_error_object():
    err = _err({"error": {"code": "NOT_FOUND", "detail": "No job 123"}}, 404)
    assert err.code == "NOT_FOUND"
    assert err.messages == ["No job 123"]
    assert len(err.errors) == 1


def test_validation_detail_list():
    err = _err(
        {
            "detail": [
                {"loc": ["body", "start"], "msg": "field required", "type": "missing"},
                {"loc": ["body", "DATA", 0], "msg": "bad item", "type": "value_error"},
                {"msg": "no location"},
                {"loc": ["body"]},
                None,
            ]
        },
        422,
    )
    assert err.code == "Validation Error"
    assert err.messages == [
        "field required: body.start",
        "bad item: body.DATA.0",
        "no location",
    ]
    assert len(err.errors) == 4
    assert err.errors[0].message == "field required"


@pytest.mark.parametrize(
    "body",
    [
        "<html>oops</html>",
        "{",
        "",
        [None, 1],
        {"error": "a string"},
        {"error": {"code": 5, "detail": ["x"]}},
        {"detail": "plain"},
        {"detail": None},
    ],
)
def test_odd_bodies_do_not_crash(body):
    err = _err(body, 500)
    assert err.http_status == 500
    assert isinstance(err.code, str)
    assert all(isinstance(m, str) for m in err.messages)
    str(err)


def test_plain_detail_uses_the_base_parsing():
    assert _err({"detail": "plain"}).messages == ["plain"]
