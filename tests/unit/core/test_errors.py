from __future__ import annotations

import json
import typing as t

import pytest
import requests
from hypothesis import given, settings
from hypothesis import strategies as st

import globus_sdk
from globus_sdk import exc
from globus_sdk._testing import construct_error


def test_transfer_style_error() -> None:
    err = construct_error(
        http_status=404,
        body={"code": "ClientError.NotFound", "message": "No such task", "request_id": "r1"},
    )
    assert err.http_status == 404
    assert err.http_reason == "Not Found"
    assert err.code == "ClientError.NotFound"
    assert err.message == "No such task"
    assert err.messages == ["No such task"]
    assert err.request_id == "r1"
    assert err.raw_json == {"code": "ClientError.NotFound", "message": "No such task", "request_id": "r1"}
    assert "GET" in str(err) and "https://bogus-url/" in str(err) and "No such task" in str(err)


def test_auth_style_error() -> None:
    err = construct_error(
        http_status=400, body={"error": "invalid_grant", "error_description": "Expired code"}
    )
    assert err.code == "invalid_grant"
    assert err.message == "Expired code"


def test_jsonapi_errors_array() -> None:
    err = construct_error(
        http_status=403,
        body={
            "errors": [
                {"code": "FORBIDDEN", "detail": "no access", "id": "1"},
                {"code": "FORBIDDEN", "title": "still no access"},
            ]
        },
    )
    assert err.code == "FORBIDDEN"
    assert err.messages == ["no access", "still no access"]
    assert err.message == "no access; still no access"
    assert [e.code for e in err.errors] == ["FORBIDDEN", "FORBIDDEN"]
    assert err.errors[0].get("id") == "1"


def test_jsonapi_mixed_codes_keep_default() -> None:
    err = construct_error(http_status=400, body={"errors": [{"code": "A"}, {"code": "B"}, "junk"]})
    assert err.code == "Error"
    assert len(err.errors) == 2


@pytest.mark.parametrize(
    "body",
    [
        "<html><body>Bad Gateway</body></html>",
        '{"code": "Trunc',
        "[1, 2, 3]",
        "null",
        "",
        '"just a string"',
        b"\xff\xfe\x00garbage",
    ],
)
def test_non_dict_bodies(body: str | bytes) -> None:
    err = construct_error(http_status=502, body=body)
    assert err.http_status == 502
    assert err.raw_json is None
    assert err.code == "Error"
    str(err)
    repr(err)


@pytest.mark.parametrize("code", [None, 42, ["x"], {"a": 1}, True])
def test_odd_codes(code: t.Any) -> None:
    err = construct_error(http_status=500, body={"code": code, "message": "m"})
    assert err.code in ("Error", "42")
    assert err.message == "m"


def test_authorization_parameters_info() -> None:
    err = construct_error(
        http_status=403,
        body={
            "code": "AuthorizationRequired",
            "authorization_parameters": {
                "session_message": "Please log in again",
                "session_required_identities": ["a"],
                "session_required_mfa": True,
                "session_required_policies": "p1,p2",
            },
        },
    )
    info = err.info.authorization_parameters
    assert info
    assert info.session_message == "Please log in again"
    assert info.session_required_identities == ["a"]
    assert info.session_required_mfa is True
    assert info.session_required_policies == ["p1", "p2"]
    assert not err.info.consent_required


def test_consent_required_info() -> None:
    err = construct_error(
        http_status=403, body={"code": "ConsentRequired", "required_scopes": ["s1", "s2"]}
    )
    assert err.info.consent_required
    assert err.info.consent_required.required_scopes == ["s1", "s2"]
    assert "required_scopes" in str(err.info)


def test_str_never_contains_the_token_and_is_short() -> None:
    err = construct_error(
        http_status=500,
        body="x" * 10_000,
        request_headers={"Authorization": "Bearer super-secret-token"},
        url="https://example.org/p?access_token=leaky&ok=1",
    )
    text = str(err) + repr(err)
    assert "super-secret-token" not in text
    assert "leaky" not in text
    assert "Bearer" in text  # the scheme is fine
    assert len(str(err)) < 1000


def test_message_setter() -> None:
    err = construct_error(http_status=400, body={"message": "a"})
    err.message = "b"
    assert err.messages == ["b"]


def test_convert_request_exception() -> None:
    assert isinstance(
        exc.convert_request_exception(requests.ConnectTimeout("x")), exc.GlobusConnectionTimeoutError
    )
    assert isinstance(exc.convert_request_exception(requests.ReadTimeout("x")), exc.GlobusTimeoutError)
    conn = exc.convert_request_exception(requests.ConnectionError("x"))
    assert isinstance(conn, exc.GlobusConnectionError)
    assert isinstance(conn.underlying_exception, requests.ConnectionError)  # type: ignore[attr-defined]
    assert type(exc.convert_request_exception(requests.RequestException("x"))) is exc.NetworkError


def test_error_tree() -> None:
    assert issubclass(exc.GlobusSDKUsageError, (exc.GlobusError, ValueError))
    assert issubclass(exc.GlobusAPIError, exc.GlobusError)
    assert issubclass(exc.GlobusConnectionTimeoutError, exc.GlobusTimeoutError)
    assert issubclass(exc.GlobusTimeoutError, exc.NetworkError)
    assert issubclass(exc.RemovedInV4Warning, DeprecationWarning)
    with pytest.warns(exc.RemovedInV4Warning, match="old thing"):
        exc.warn_deprecated("old thing")


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.sampled_from(["code", "message", "errors", "error", "detail", "title",
                                        "error_description", "request_id", "authorization_parameters",
                                        "required_scopes", "x"]), children, max_size=5),
    max_leaves=15,
)


@settings(max_examples=300, deadline=None)
@given(status=st.integers(400, 599), body=json_values)
def test_error_parsing_is_total_on_json(status: int, body: t.Any) -> None:
    err = construct_error(http_status=status, body=json.dumps(body))
    assert isinstance(err.code, (str, type(None)))
    assert all(isinstance(m, str) for m in err.messages)
    str(err)
    bool(err.info.authorization_parameters)
    bool(err.info.consent_required)
    str(err.info)


@settings(max_examples=200, deadline=None)
@given(status=st.integers(400, 599), body=st.binary(max_size=200))
def test_error_parsing_is_total_on_bytes(status: int, body: bytes) -> None:
    err = construct_error(http_status=status, body=body)
    str(err)
    assert err.http_status == status


def test_top_level_names() -> None:
    assert globus_sdk.GlobusAPIError is exc.GlobusAPIError
