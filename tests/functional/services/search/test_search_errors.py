"""SearchAPIError: error_data and odd bodies."""

from __future__ import annotations

import pytest

import globus_sdk
from globus_sdk._testing import RegisteredResponse

INDEX_ID = "d773776c-b42e-427d-aa13-9a55b71f612e"


def _register(status, **kwargs):
    RegisteredResponse(
        service="search", path=f"/v1/index/{INDEX_ID}", status=status, **kwargs
    ).add()


def test_not_found(client):
    _register(
        404,
        json={
            "@datatype": "GError",
            "code": "NotFound.NoSuchIndex",
            "message": f"There is no search index named {INDEX_ID}",
            "status": 404,
            "error_data": {"cause": "no such index"},
        },
    )
    with pytest.raises(globus_sdk.SearchAPIError) as excinfo:
        client.get_index(INDEX_ID)
    err = excinfo.value
    assert err.http_status == 404
    assert err.code == "NotFound.NoSuchIndex"
    assert err.message == f"There is no search index named {INDEX_ID}"
    assert err.error_data == {"cause": "no such index"}
    assert err.args[:5] == (
        "GET",
        f"https://search.api.globus.org/v1/index/{INDEX_ID}",
        "Bearer",
        404,
        "NotFound.NoSuchIndex",
    )


def test_error_data_list(client):
    _register(400, json={"code": "BadRequest", "message": "bad", "error_data": [1, 2]})
    with pytest.raises(globus_sdk.SearchAPIError) as excinfo:
        client.get_index(INDEX_ID)
    assert excinfo.value.error_data == [1, 2]


@pytest.mark.parametrize(
    "kwargs",
    [
        {"body": "<html>Service Unavailable</html>", "content_type": "text/html"},
        {"body": '{"code": "Unavail', "content_type": "application/json"},
        {"json": ["x"]},
        {"json": {"code": 503, "error_data": "not-a-container"}},
    ],
)
def test_odd_bodies(client, kwargs):
    _register(503, **kwargs)
    with pytest.raises(globus_sdk.SearchAPIError) as excinfo:
        client.get_index(INDEX_ID)
    err = excinfo.value
    assert err.http_status == 503
    assert err.error_data is None
    assert isinstance(err.code, str)
    str(err)
