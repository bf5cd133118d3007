"""AuthAPIError parses every shape Globus Auth answers with."""

from __future__ import annotations

import pytest

import globus_sdk
from globus_sdk._testing import construct_error


def error(body, status=400) -> globus_sdk.AuthAPIError:
    err = construct_error(
        http_status=status,
        body=body,
        error_class=globus_sdk.AuthAPIError,
        method="POST",
    )
    assert isinstance(err, globus_sdk.AuthAPIError)
    return err


def test_oauth_error():
    err = error({"error": "invalid_grant", "error_description": "The code expired"})
    assert (err.code, err.message, err.messages) == (
        "invalid_grant",
        "The code expired",
        ["The code expired"],
    )
    assert len(err.errors) == 1 and err.errors[0].message == "The code expired"


def test_oauth_error_without_description():
    err = error({"error": "invalid_client"}, status=401)
    assert (err.code, err.message) == ("invalid_client", None)


def test_errors_array():
    err = error(
        {
            "errors": [
                {
                    "id": "c9e6a1f2",
                    "status": "403",
                    "code": "FORBIDDEN",
                    "title": "Forbidden",
                    "detail": "Not an admin of this project",
                }
            ],
            "error": "forbidden",
            "error_description": "Forbidden",
        },
        status=403,
    )
    assert (err.code, err.message, err.request_id) == (
        "FORBIDDEN",
        "Not an admin of this project",
        "c9e6a1f2",
    )
    assert [e.code for e in err.errors] == ["FORBIDDEN"]


def test_errors_array_with_several_codes_falls_back_to_error():
    err = error(
        {
            "errors": [
                {"id": "a", "code": "X", "detail": "first"},
                {"id": "b", "code": "Y", "title": "second"},
            ],
            "error": "bad_request",
        }
    )
    assert err.code == "bad_request"
    assert err.messages == ["first", "second"]
    assert err.message == "first; second"
    assert err.request_id is None


def test_errors_array_without_messages_uses_error_description():
    err = error({"errors": [{"code": "X"}, "junk", None], "error_description": "Bad"})
    assert (err.code, err.message) == ("X", "Bad")


def test_top_level_request_id_wins():
    err = error({"errors": [{"id": "sub", "code": "X"}], "request_id": "top"})
    assert err.request_id == "top"


def test_request_id_only_from_one_common_string_id():
    same = error({"errors": [{"id": "r1", "code": "X"}, {"id": "r1", "code": "Y"}]})
    assert same.request_id == "r1"
    assert error({"errors": [{"id": "r1"}, {"id": "r2"}]}).request_id is None
    assert error({"errors": [{"id": ["r1"]}]}).request_id is None


def test_code_and_message_document():
    err = error({"code": "NotFound", "message": "nope"}, status=404)
    assert (err.code, err.message) == ("NotFound", "nope")
    assert err.request_id is None


@pytest.mark.parametrize(
    "body",
    [
        "<html><body>Bad Gateway</body></html>",
        '{"truncated": ',
        "null",
        "[1, 2]",
        b"\xff\xfe",
        {"code": 500},
        {"code": True, "error": 3, "error_description": ["x"], "errors": "no"},
        {"errors": [{"code": 5, "detail": None, "id": 7}]},
        {"errors": [{"id": ["not", "hashable"]}]},
        {"errors": [{"id": {"a": 1}}, {"id": "b"}]},
    ],
)
def test_odd_bodies_never_crash(body):
    err = error(body, status=502)
    assert err.http_status == 502
    assert isinstance(err.code, str)
    str(err)
    repr(err)


def test_integer_code_is_stringified():
    assert error({"code": 500}).code == "500"


def test_str_shows_request_and_error():
    err = error({"error": "invalid_grant"})
    assert "POST" in str(err) and "invalid_grant" in str(err)
