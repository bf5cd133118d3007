"""Behaviour of the SQLite storages (v1 adapter and v2 storage)."""

from __future__ import annotations

import sqlite3
import typing as t

import pytest

from globus_sdk.tokenstorage import SQLiteAdapter, SQLiteTokenStorage, TokenStorageData
from globus_sdk.version import __version__


@pytest.fixture
def adapter() -> t.Iterator[SQLiteAdapter]:
    a = SQLiteAdapter(":memory:")
    yield a
    a.close()


@pytest.fixture
def storage() -> t.Iterator[SQLiteTokenStorage]:
    s = SQLiteTokenStorage(":memory:")
    yield s
    s.close()


def test_adapter_attributes() -> None:
    a = SQLiteAdapter("some.db", namespace="ns")
    assert a.dbname == a.filename == "some.db"
    assert a.namespace == "ns"
    # nothing is opened or created until first use
    assert not a.file_exists()


def test_adapter_tokens(adapter: SQLiteAdapter, make_token_response: t.Any) -> None:
    assert adapter.get_token_data("a.example") is None
    assert adapter.get_by_resource_server() == {}
    response = make_token_response("a.example", "b.example")
    adapter.store(response)
    assert adapter.get_by_resource_server() == response.by_resource_server
    assert (
        adapter.get_token_data("a.example") == response.by_resource_server["a.example"]
    )

    adapter.on_refresh(make_token_response("a.example", refresh_token="rotated"))
    assert adapter.get_token_data("a.example")["refresh_token"] == "rotated"  # type: ignore[index]

    assert adapter.remove_tokens_for_resource_server("a.example") is True
    assert adapter.remove_tokens_for_resource_server("a.example") is False
    assert list(adapter.get_by_resource_server()) == ["b.example"]


def test_adapter_config(adapter: SQLiteAdapter) -> None:
    assert adapter.read_config("cfg") is None
    adapter.store_config("cfg", {"a": 1, "nested": {"b": [1, 2]}})
    assert adapter.read_config("cfg") == {"a": 1, "nested": {"b": [1, 2]}}
    adapter.store_config("cfg", {"a": 2})
    assert adapter.read_config("cfg") == {"a": 2}
    assert adapter.remove_config("cfg") is True
    assert adapter.remove_config("cfg") is False
    assert adapter.read_config("cfg") is None


def test_adapter_namespaces(tmp_path: t.Any, make_token_response: t.Any) -> None:
    db = tmp_path / "tokens.db"
    a = SQLiteAdapter(db, namespace="alice")
    b = SQLiteAdapter(db, namespace="bob")
    c = SQLiteAdapter(db, namespace="config-only")
    try:
        a.store(make_token_response("a.example"))
        b.store(make_token_response("b.example"))
        c.store_config("x", {"y": 1})
        a.store_config("x", {"y": 2})
        assert list(a.get_by_resource_server()) == ["a.example"]
        assert b.get_token_data("a.example") is None
        assert c.read_config("x") == {"y": 1}
        assert a.read_config("x") == {"y": 2}
        assert b.read_config("x") is None
        assert sorted(a.iter_namespaces()) == ["alice", "bob"]
        assert sorted(a.iter_namespaces(include_config_namespaces=True)) == [
            "alice",
            "bob",
            "config-only",
        ]
    finally:
        for x in (a, b, c):
            x.close()


def test_adapter_records_sdk_version(tmp_path: t.Any) -> None:
    db = tmp_path / "tokens.db"
    a = SQLiteAdapter(db)
    a.get_by_resource_server()
    a.close()
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT value FROM sdk_storage_adapter_internal "
            "WHERE attribute = 'globus-sdk.version'"
        ).fetchall()
    conn.close()
    assert rows == [(__version__,)]


def test_storage_tokens(
    storage: SQLiteTokenStorage, make_token_response: t.Any
) -> None:
    assert SQLiteTokenStorage.file_format == "db"
    assert storage.get_token_data_by_resource_server() == {}
    storage.store_token_response(
        make_token_response("a.example", "b.example", identity_id="ident")
    )
    by_rs = storage.get_token_data_by_resource_server()
    assert sorted(by_rs) == ["a.example", "b.example"]
    assert by_rs["a.example"].identity_id == "ident"
    assert isinstance(by_rs["a.example"], TokenStorageData)

    assert storage.remove_token_data("a.example") is True
    assert storage.remove_token_data("a.example") is False
    assert storage.get_token_data("a.example") is None


def test_storage_namespaces(tmp_path: t.Any, make_token_response: t.Any) -> None:
    db = tmp_path / "tokens.db"
    one = SQLiteTokenStorage(db, namespace="one")
    two = SQLiteTokenStorage(db, namespace="two")
    try:
        one.store_token_response(make_token_response("a.example"))
        two.store_token_response(make_token_response("b.example"))
        assert list(one.get_token_data_by_resource_server()) == ["a.example"]
        assert list(two.get_token_data_by_resource_server()) == ["b.example"]
        assert sorted(one.iter_namespaces()) == ["one", "two"]
    finally:
        one.close()
        two.close()


def test_close_is_idempotent_and_reopens(
    tmp_path: t.Any, make_token_response: t.Any
) -> None:
    storage = SQLiteTokenStorage(tmp_path / "tokens.db")
    storage.close()  # never opened
    storage.store_token_response(make_token_response("a.example"))
    storage.close()
    storage.close()
    assert storage.get_token_data("a.example") is not None
    storage.close()

    adapter = SQLiteAdapter(tmp_path / "v1.db")
    adapter.close()
    adapter.store_config("x", {})
    adapter.close()
    assert adapter.read_config("x") == {}
    adapter.close()


def test_connect_params_are_passed(tmp_path: t.Any) -> None:
    db = tmp_path / "tokens.db"
    storage = SQLiteTokenStorage(db, connect_params={"timeout": 1.5})
    storage.get_token_data_by_resource_server()
    storage.close()
    # a URI connection (caller-controlled) is opened as given
    uri_storage = SQLiteTokenStorage(f"file:{db}?mode=rw", connect_params={"uri": True})
    assert uri_storage.get_token_data_by_resource_server() == {}
    uri_storage.close()


def test_v1_and_v2_share_a_database(
    tmp_path: t.Any, make_token_response: t.Any
) -> None:
    db = tmp_path / "tokens.db"
    adapter = SQLiteAdapter(db)
    storage = SQLiteTokenStorage(db)
    try:
        adapter.store(make_token_response("a.example"))
        data = storage.get_token_data("a.example")
        assert data is not None
        assert data.access_token == "access-a.example"
        assert data.identity_id is None

        storage.store_token_response(make_token_response("b.example"))
        assert adapter.get_token_data("b.example")["access_token"] == (  # type: ignore[index]
            "access-b.example"
        )
    finally:
        adapter.close()
        storage.close()


def test_v1_adapter_on_v2_database_gets_config_table(tmp_path: t.Any) -> None:
    db = tmp_path / "tokens.db"
    storage = SQLiteTokenStorage(db)
    storage.get_token_data_by_resource_server()
    storage.close()
    adapter = SQLiteAdapter(db)
    adapter.store_config("x", {"y": 1})
    assert adapter.read_config("x") == {"y": 1}
    adapter.close()
