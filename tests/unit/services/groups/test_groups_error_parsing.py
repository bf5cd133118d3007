"""GroupsAPIError built without HTTP (construct_error)."""

from __future__ import annotations

import globus_sdk
from globus_sdk._testing import construct_error


def test_detail_list_with_code():
    err = construct_error(
        http_status=422,
        body={"code": "VALIDATION", "detail": [{"msg": "bad id", "loc": ["path"]}]},
        error_class=globus_sdk.GroupsAPIError,
    )
    assert isinstance(err, globus_sdk.GroupsAPIError)
    assert err.code == "VALIDATION"
    assert err.messages == ["bad id"]


def test_detail_list_without_messages():
    err = construct_error(
        http_status=422,
        body={"detail": [{"loc": []}]},
        error_class=globus_sdk.GroupsAPIError,
    )
    assert err.code == "Error"
    assert err.messages == []
    assert err.message is None


def test_plain_document():
    err = construct_error(
        http_status=409,
        body={"code": "CONFLICT", "detail": "already a member"},
        error_class=globus_sdk.GroupsAPIError,
    )
    assert (err.code, err.message) == ("CONFLICT", "already a member")
