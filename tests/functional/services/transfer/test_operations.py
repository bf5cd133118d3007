"""TransferClient filesystem operations: ls, mkdir, rename, stat, symlink."""

from __future__ import annotations

import pytest

import globus_sdk
from globus_sdk._testing import load_response

BASE = "https://transfer.api.globus.org/v0.10"


def test_operation_ls(client, last_request):
    meta = load_response(client.operation_ls).metadata
    res = client.operation_ls(meta["endpoint_id"], meta["path"])

    sent = last_request()
    assert (sent.method, sent.url) == (
        "GET",
        f"{BASE}/operation/endpoint/{meta['endpoint_id']}/ls",
    )
    assert sent.query == {"path": [meta["path"]]}
    assert sent.body is None
    assert sent.authorization == "Bearer mytoken"
    assert isinstance(res, globus_sdk.IterableTransferResponse)
    assert [entry["name"] for entry in res] == meta["names"]
    assert res["path"] == meta["path"]


def test_operation_ls_no_params(client, last_request):
    meta = load_response(client.operation_ls).metadata
    client.operation_ls(meta["endpoint_id"])
    assert last_request().query == {}


@pytest.mark.parametrize(
    "kwargs, expect",
    [
        ({"show_hidden": True}, {"show_hidden": ["1"]}),
        ({"show_hidden": False}, {"show_hidden": ["0"]}),
        (
            {"orderby": "name ASC", "limit": 10, "offset": 5},
            {"orderby": ["name ASC"], "limit": ["10"], "offset": ["5"]},
        ),
        ({"orderby": ["type", "name DESC"]}, {"orderby": ["type,name DESC"]}),
        ({"filter": "name:~*.txt"}, {"filter": ["name:~*.txt"]}),
        (
            {"filter": {"name": ["foo", "bar"], "type": "file"}},
            {"filter": ["name:foo,bar/type:file"]},
        ),
        (
            # a list: one `filter` parameter per item
            {"filter": ["name:~*.csv", {"type": ["dir", "file"]}]},
            {"filter": ["name:~*.csv", "type:dir,file"]},
        ),
        (
            {"local_user": "alice", "query_params": {"extra": "1"}},
            {"local_user": ["alice"], "extra": ["1"]},
        ),
        (
            # named parameters win over query_params
            {"path": "/~/a/", "query_params": {"path": "/~/b/", "limit": 3}},
            {"path": ["/~/a/"], "limit": ["3"]},
        ),
        ({"path": "/~/données/ü ber"}, {"path": ["/~/données/ü ber"]}),
    ],
)
def test_operation_ls_params(client, last_request, kwargs, expect):
    meta = load_response(client.operation_ls).metadata
    client.operation_ls(meta["endpoint_id"], **kwargs)
    assert last_request().query == expect


def test_operation_ls_does_not_modify_query_params(client):
    meta = load_response(client.operation_ls).metadata
    params = {"extra": "1"}
    client.operation_ls(meta["endpoint_id"], "/~/", query_params=params)
    assert params == {"extra": "1"}


@pytest.mark.parametrize(
    "local_user, query_params, expect_body, expect_query",
    [
        (None, None, {"DATA_TYPE": "mkdir", "path": "/~/newdir"}, {}),
        (
            "alice",
            {"q": "1"},
            {"DATA_TYPE": "mkdir", "path": "/~/newdir", "local_user": "alice"},
            {"q": ["1"]},
        ),
    ],
)
def test_operation_mkdir(
    client, last_request, local_user, query_params, expect_body, expect_query
):
    meta = load_response(client.operation_mkdir).metadata
    res = client.operation_mkdir(
        meta["endpoint_id"],
        "/~/newdir",
        local_user=local_user,
        query_params=query_params,
    )

    sent = last_request()
    assert (sent.method, sent.url) == (
        "POST",
        f"{BASE}/operation/endpoint/{meta['endpoint_id']}/mkdir",
    )
    assert sent.query == expect_query
    assert sent.body == expect_body
    assert sent.authorization == "Bearer mytoken"
    assert res["code"] == "DirectoryCreated"


@pytest.mark.parametrize("local_user", [None, "bob"])
def test_operation_rename(client, last_request, local_user):
    meta = load_response(client.operation_rename).metadata
    res = client.operation_rename(
        meta["endpoint_id"], "/~/old", "/~/new", local_user=local_user
    )

    sent = last_request()
    assert (sent.method, sent.url) == (
        "POST",
        f"{BASE}/operation/endpoint/{meta['endpoint_id']}/rename",
    )
    assert sent.query == {}
    expect = {"DATA_TYPE": "rename", "old_path": "/~/old", "new_path": "/~/new"}
    if local_user:
        expect["local_user"] = local_user
    assert sent.body == expect
    assert res["code"] == "FileRenamed"


def test_operation_stat(client, last_request):
    meta = load_response(client.operation_stat).metadata
    res = client.operation_stat(meta["endpoint_id"], "/~/data.csv", local_user="carol")

    sent = last_request()
    assert (sent.method, sent.url) == (
        "GET",
        f"{BASE}/operation/endpoint/{meta['endpoint_id']}/stat",
    )
    assert sent.query == {"path": ["/~/data.csv"], "local_user": ["carol"]}
    assert sent.body is None
    assert isinstance(res, globus_sdk.GlobusHTTPResponse)
    assert (res["name"], res["type"], res["size"]) == ("data.csv", "file", 1048576)


def test_operation_stat_no_path(client, last_request):
    meta = load_response(client.operation_stat).metadata
    client.operation_stat(meta["endpoint_id"])
    assert last_request().query == {}


@pytest.mark.parametrize(
    "case, status, code",
    [
        ("not_found", 404, "NotFound"),
        ("permission_denied", 403, "EndpointPermissionDenied"),
    ],
)
def test_operation_stat_errors(client, case, status, code):
    meta = load_response(client.operation_stat, case=case).metadata
    with pytest.raises(globus_sdk.TransferAPIError) as excinfo:
        client.operation_stat(meta["endpoint_id"], "/~/x")
    assert (excinfo.value.http_status, excinfo.value.code) == (status, code)


def test_operation_symlink(client, last_request):
    meta = load_response(client.operation_symlink).metadata
    res = client.operation_symlink(
        meta["endpoint_id"], "/~/target", "/~/link", query_params={"q": "1"}
    )

    sent = last_request()
    assert (sent.method, sent.url) == (
        "POST",
        f"{BASE}/operation/endpoint/{meta['endpoint_id']}/symlink",
    )
    assert sent.query == {"q": ["1"]}
    assert sent.body == {
        "DATA_TYPE": "symlink",
        "symlink_target": "/~/target",
        "path": "/~/link",
    }
    assert res["code"] == "SymlinkCreated"
