"""A corrupt file is reported with its path and never overwritten."""

from __future__ import annotations

import sqlite3
import typing as t

import pytest

from globus_sdk.tokenstorage import (
    JSONTokenStorage,
    SimpleJSONFileAdapter,
    SQLiteAdapter,
    SQLiteTokenStorage,
)

pytestmark = pytest.mark.integration

CORRUPT_JSON = [
    b'{"format_version": "2.0", "data": {"DEFAULT": {"rs": {"acc',  # truncated
    b"\x00\x00\x00\x00",
    b"\xff\xfe not utf-8",
    b"",
    b'"just a string"',
]


@pytest.mark.parametrize("content", CORRUPT_JSON)
def test_json_v2_corrupt_file(
    tmp_path: t.Any, token_response: t.Any, content: bytes
) -> None:
    path = tmp_path / "tokens.json"
    path.write_bytes(content)
    storage = JSONTokenStorage(path)

    for operation in (
        storage.get_token_data_by_resource_server,
        lambda: storage.get_token_data("rs"),
        lambda: storage.store_token_response(token_response("rs")),
        lambda: storage.remove_token_data("rs"),
    ):
        with pytest.raises(ValueError) as excinfo:
            operation()
        message = str(excinfo.value)
        assert str(path) in message
        assert "corrupt" in message
    assert path.read_bytes() == content


@pytest.mark.parametrize("content", CORRUPT_JSON)
def test_json_v1_corrupt_file(
    tmp_path: t.Any, token_response: t.Any, content: bytes
) -> None:
    path = tmp_path / "tokens.json"
    path.write_bytes(content)
    adapter = SimpleJSONFileAdapter(path)
    for operation in (
        adapter.get_by_resource_server,
        lambda: adapter.get_token_data("rs"),
        lambda: adapter.store(token_response("rs")),
    ):
        with pytest.raises(ValueError, match="corrupt") as excinfo:
            operation()
        assert str(path) in str(excinfo.value)
    assert path.read_bytes() == content


def test_json_structurally_invalid_file_is_not_overwritten(
    tmp_path: t.Any, token_response: t.Any
) -> None:
    path = tmp_path / "tokens.json"
    content = b'{"format_version": "7.3", "data": {}}'
    path.write_bytes(content)
    with pytest.raises(ValueError, match="unsupported format_version"):
        JSONTokenStorage(path).store_token_response(token_response("rs"))
    assert path.read_bytes() == content


@pytest.mark.parametrize("cls", [SQLiteTokenStorage, SQLiteAdapter])
def test_sqlite_corrupt_file(tmp_path: t.Any, cls: t.Any) -> None:
    path = tmp_path / "tokens.db"
    content = b"this is not a database, " * 50
    path.write_bytes(content)
    storage = cls(path)
    with pytest.raises(sqlite3.DatabaseError) as excinfo:
        if cls is SQLiteAdapter:
            storage.get_by_resource_server()
        else:
            storage.get_token_data_by_resource_server()
    assert str(path) in str(excinfo.value)
    storage.close()
    assert path.read_bytes() == content


@pytest.mark.parametrize("cls", [SQLiteTokenStorage, SQLiteAdapter])
@pytest.mark.parametrize("row", ["{not json", "[1, 2]"])
def test_sqlite_corrupt_row_names_the_database(
    tmp_path: t.Any, cls: t.Any, row: str
) -> None:
    path = tmp_path / "tokens.db"
    storage = cls(path)
    storage.close()  # never opened: creates nothing
    with sqlite3.connect(path) as conn:
        conn.execute(
            "CREATE TABLE token_storage (namespace VARCHAR NOT NULL, "
            "resource_server VARCHAR NOT NULL, token_data_json VARCHAR NOT NULL, "
            "PRIMARY KEY (namespace, resource_server))"
        )
        conn.execute(
            "INSERT INTO token_storage VALUES ('DEFAULT', 'rs.example', ?)", (row,)
        )
    conn.close()

    read_all = (
        storage.get_by_resource_server
        if cls is SQLiteAdapter
        else storage.get_token_data_by_resource_server
    )
    for operation in (read_all, lambda: storage.get_token_data("rs.example")):
        with pytest.raises(ValueError, match="corrupt") as excinfo:
            operation()
        assert str(path) in str(excinfo.value)
        assert "rs.example" in str(excinfo.value)
    storage.close()


@pytest.mark.parametrize("cls", [SQLiteTokenStorage, SQLiteAdapter])
def test_sqlite_temporary_database(
    tmp_path: t.Any, monkeypatch: pytest.MonkeyPatch, cls: t.Any, token_response: t.Any
) -> None:
    # "" is SQLite's private temporary database: no file is created for it
    monkeypatch.chdir(tmp_path)
    storage = cls("")
    if cls is SQLiteAdapter:
        storage.store(token_response("rs.example"))
        assert storage.get_token_data("rs.example")["access_token"] == (
            "access-rs.example"
        )
    else:
        storage.store_token_response(token_response("rs.example"))
        assert storage.get_token_data("rs.example").access_token == "access-rs.example"
    storage.close()
    assert list(tmp_path.iterdir()) == []
