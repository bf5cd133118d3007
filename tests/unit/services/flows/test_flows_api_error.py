"""FlowsAPIError parses the Flows error shapes, and never crashes on odd bodies."""

from __future__ import annotations

import json

import pytest

from globus_sdk import FlowsAPIError
from globus_sdk._testing import construct_error


def _err(body, status=400):
    if isinstance(body, list):
        body = json.dumps(body)
    err = construct_error(
        http_status=status, body=body, error_class=FlowsAPIError, method="POST"
    )
    assert isinstance(err, FlowsAPIError)
    return err


def test_error_object_with_string_detail():
    err = _err(
        {
            "error": {"code": "NOT_FOUND", "detail": "Flow abc not found"},
            "debug_id": "d",
        },
        404,
    )
    assert err.code == "NOT_FOUND"
    assert err.messages == ["Flow abc not found"]
    assert err.message == "Flow abc not found"
    assert len(err.errors) == 1
    assert err.errors[0].code == "NOT_FOUND"
    assert "NOT_FOUND" in str(err)
    assert "Flow abc not found" in str(err)


def test_error_object_with_validation_details():
    err = _err(
        {
            "error": {
                "code": "UNPROCESSABLE_ENTITY",
                "detail": [
                    {"loc": ["title"], "msg": "field required", "type": "missing"},
                    {"loc": ["keywords", 0], "msg": "too long", "type": "value_error"},
                    {"loc": ["x"], "msg": 5},
                    "not a dict",
                ],
            }
        },
        422,
    )
    assert err.code == "UNPROCESSABLE_ENTITY"
    assert err.messages == ["field required", "too long"]
    assert err.message == "field required; too long"


def test_top_level_validation_list():
    err = _err(
        {
            "detail": [
                {"loc": ["body", "title"], "msg": "field required", "type": "missing"},
                {"msg": "no location"},
                {"loc": "weird", "msg": "bad loc"},
                {"loc": ["body"], "type": "no message"},
                7,
            ]
        },
        422,
    )
    assert err.code == "Error"
    assert err.messages == ["field required: body.title", "no location", "bad loc"]
    assert len(err.errors) == 4


def test_error_with_authorization_parameters():
    err = _err(
        {
            "error": {
                "code": "ConsentRequired",
                "detail": "Missing consent",
                "required_scopes": ["foo[bar]"],
                "authorization_parameters": {"session_message": "please consent"},
            }
        },
        403,
    )
    assert err.code == "ConsentRequired"
    assert err.info.authorization_parameters.session_message == "please consent"
    assert err.info.consent_required.required_scopes == ["foo[bar]"]


def test_error_object_message_fallbacks():
    err = _err({"error": {"code": "X", "message": "from message"}})
    assert err.messages == ["from message"]
    err = _err({"error": {"code": 12, "detail": None}})
    assert err.code == "Error"
    assert err.messages == []


@pytest.mark.parametrize(
    "body",
    [
        "<html><body>Bad Gateway</body></html>",
        "{truncated",
        "",
        [1, 2, 3],
        [{"detail": "in a list"}],
        {"error": "just a string"},
        {"error": None, "detail": "plain detail"},
        {"error": ["a", "b"]},
        {"detail": {"nested": True}},
        {"code": "Top", "message": "top-level"},
    ],
)
def test_odd_bodies_do_not_crash(body):
    err = _err(body, 502)
    assert err.http_status == 502
    assert isinstance(err.code, str)
    assert all(isinstance(m, str) for m in err.messages)
    str(err)
    repr(err)


def test_fallback_shapes_use_the_base_parsing():
    assert _err({"error": None, "detail": "plain detail"}).messages == ["plain detail"]
    err = _err({"code": "Top", "message": "top-level"})
    assert (err.code, err.messages) == ("Top", ["top-level"])
