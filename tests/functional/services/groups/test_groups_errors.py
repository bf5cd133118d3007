"""GroupsAPIError parses the Groups API's error shapes."""

from __future__ import annotations

import pytest

import globus_sdk
from globus_sdk._testing import RegisteredResponse

GROUP_ID = "7710631f-39f7-44a1-b3f3-23c8c45341ae"


def _register(status, **kwargs):
    RegisteredResponse(
        service="groups", path=f"/groups/{GROUP_ID}", status=status, **kwargs
    ).add()


def test_not_found(client):
    _register(404, json={"code": "NotFound", "message": "nope"})
    with pytest.raises(globus_sdk.GroupsAPIError) as excinfo:
        client.get_group(GROUP_ID)
    err = excinfo.value
    assert isinstance(err, globus_sdk.GlobusAPIError)
    assert err.http_status == 404
    assert err.code == "NotFound"
    assert err.message == "nope"
    assert err.args == (
        "GET",
        f"https://groups.api.globus.org/v2/groups/{GROUP_ID}",
        "Bearer",
        404,
        "NotFound",
        "nope",
    )


def test_detail_string(client):
    _register(403, json={"detail": "You are not a member of this group"})
    with pytest.raises(globus_sdk.GroupsAPIError) as excinfo:
        client.get_group(GROUP_ID)
    assert excinfo.value.code == "Error"
    assert excinfo.value.message == "You are not a member of this group"


def test_validation_errors(client):
    _register(
        422,
        json={
            "detail": [
                {"loc": ["body", "name"], "msg": "field required", "type": "missing"},
                {"loc": ["body", "x"], "msg": "extra fields", "type": "extra"},
                "not-a-dict",
            ]
        },
    )
    with pytest.raises(globus_sdk.GroupsAPIError) as excinfo:
        client.get_group(GROUP_ID)
    err = excinfo.value
    assert err.code == "Error"
    assert err.messages == ["field required", "extra fields"]
    assert [e.get("loc") for e in err.errors] == [["body", "name"], ["body", "x"]]
    assert "field required; extra fields" in str(err)
    assert "mytoken" not in str(err)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"body": "<html><body>Bad Gateway</body></html>", "content_type": "text/html"},
        {"body": '{"truncated": ', "content_type": "application/json"},
        {"json": ["a", 1]},
        {"body": "null", "content_type": "application/json"},
        {"json": {"code": 7, "detail": None}},
    ],
)
def test_odd_bodies_do_not_crash(client, kwargs):
    _register(502, **kwargs)
    with pytest.raises(globus_sdk.GroupsAPIError) as excinfo:
        client.get_group(GROUP_ID)
    assert excinfo.value.http_status == 502
    assert isinstance(excinfo.value.code, str)
    str(excinfo.value)
