"""The v2 SQLite token storage."""

from __future__ import annotations

import json
import pathlib
import sqlite3
import typing as t

from globus_sdk.version import __version__

from .. import _files
from .base import FileTokenStorage
from .token_data import TokenStorageData

_SCHEMA = (
    """CREATE TABLE IF NOT EXISTS token_storage (
        namespace VARCHAR NOT NULL,
        resource_server VARCHAR NOT NULL,
        token_data_json VARCHAR NOT NULL,
        PRIMARY KEY (namespace, resource_server)
    )""",
    """CREATE TABLE IF NOT EXISTS sdk_storage_adapter_internal (
        attribute VARCHAR NOT NULL,
        value VARCHAR NOT NULL,
        PRIMARY KEY (attribute)
    )""",
)


def _initialize(conn: sqlite3.Connection) -> None:
    with conn:
        for statement in _SCHEMA:
            conn.execute(statement)
        conn.execute(
            "INSERT OR IGNORE INTO sdk_storage_adapter_internal(attribute, value) "
            "VALUES (?, ?)",
            ("globus-sdk.version", __version__),
        )


class SQLiteTokenStorage(FileTokenStorage):
    """
    A token storage kept in a SQLite database, one row per namespace and resource
    server. The table layout is shared with the v1 ``SQLiteAdapter``, so both can use
    the same database.

    The storage may be used from several threads. The database is opened on first
    use; a database file the storage creates has mode 0600 (missing directories 0700).

    :param filepath: the database file; ``":memory:"`` uses an in-memory database
    :param connect_params: extra keyword arguments for ``sqlite3.connect``
    :param namespace: the namespace under which data is read and written
    """

    file_format = "db"

    def __init__(
        self,
        filepath: pathlib.Path | str,
        *,
        connect_params: dict[str, t.Any] | None = None,
        namespace: str = "DEFAULT",
    ) -> None:
        super().__init__(filepath, namespace=namespace)
        self._db = _files.SQLiteConnectionManager(
            self.filepath, connect_params, _initialize
        )

    def close(self) -> None:
        """Close the database connection (it is reopened if the storage is used)."""
        self._db.close()

    def store_token_data_by_resource_server(
        self, token_data_by_resource_server: t.Mapping[str, TokenStorageData]
    ) -> None:
        """
        Store token data for one or more resource servers in the current namespace
        (in one transaction).

        :param token_data_by_resource_server: token data keyed by resource server
        """
        rows = [
            (self.namespace, resource_server, json.dumps(token_data.to_dict()))
            for resource_server, token_data in token_data_by_resource_server.items()
        ]
        with self._db.connection() as conn, conn:
            conn.executemany(
                "REPLACE INTO token_storage(namespace, resource_server, "
                "token_data_json) VALUES (?, ?, ?)",
                rows,
            )

    def get_token_data_by_resource_server(self) -> dict[str, TokenStorageData]:
        """All token data of the current namespace, keyed by resource server."""
        with self._db.connection() as conn:
            rows = conn.execute(
                "SELECT resource_server, token_data_json FROM token_storage "
                "WHERE namespace = ?",
                (self.namespace,),
            ).fetchall()
        return {
            resource_server: TokenStorageData.from_dict(json.loads(data))
            for resource_server, data in rows
        }

    def remove_token_data(self, resource_server: str) -> bool:
        """
        Remove the token data of ``resource_server`` from the current namespace.

        Returns ``True`` when data was removed, ``False`` when there was none.

        :param resource_server: the resource server whose data is removed
        """
        with self._db.connection() as conn, conn:
            cursor = conn.execute(
                "DELETE FROM token_storage WHERE namespace = ? AND resource_server = ?",
                (self.namespace, resource_server),
            )
            return cursor.rowcount > 0

    def iter_namespaces(self) -> t.Iterator[str]:
        """Iterate over the namespaces that hold token data."""
        with self._db.connection() as conn:
            rows = conn.execute(
                "SELECT DISTINCT namespace FROM token_storage"
            ).fetchall()
        for (namespace,) in rows:
            yield namespace
