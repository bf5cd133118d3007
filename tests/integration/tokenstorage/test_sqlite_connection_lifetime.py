"""A SQLite storage that is dropped without close() does not leak its connection."""

from __future__ import annotations

import gc
import sqlite3
import warnings

import pytest

from globus_sdk.tokenstorage import SQLiteTokenStorage
from globus_sdk.tokenstorage.v1 import SQLiteAdapter


@pytest.mark.parametrize("make", [SQLiteTokenStorage, SQLiteAdapter])
def test_connection_closed_when_storage_is_collected(make, tmp_path) -> None:
    storage = make(str(tmp_path / "tokens.db"))
    with storage._db.connection() as conn:
        conn.execute("SELECT 1")
    with warnings.catch_warnings():
        warnings.simplefilter("error", ResourceWarning)
        del storage
        gc.collect()
    with pytest.raises(sqlite3.ProgrammingError, match="closed"):
        conn.execute("SELECT 1")


def test_explicit_close_then_reuse(tmp_path) -> None:
    storage = SQLiteTokenStorage(str(tmp_path / "tokens.db"))
    assert storage.get_token_data_by_resource_server() == {}
    storage.close()
    storage.close()  # twice is fine
    assert storage.get_token_data_by_resource_server() == {}  # reopens on use
    storage.close()
