"""The v1 SQLite storage adapter (tokens plus namespaced configuration)."""

from __future__ import annotations

import json
import pathlib
import sqlite3
import typing as t

from globus_sdk.version import __version__

from .. import _files
from .base import FileAdapter

if t.TYPE_CHECKING:
    import globus_sdk

_SCHEMA = (
    """CREATE TABLE IF NOT EXISTS config_storage (
        namespace VARCHAR NOT NULL,
        config_name VARCHAR NOT NULL,
        config_data_json VARCHAR NOT NULL,
        PRIMARY KEY (namespace, config_name)
    )""",
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


class SQLiteAdapter(FileAdapter):
    """
    A storage adapter keeping tokens, and configuration, in a SQLite database.

    All data is kept under a *namespace*, so that several sets of tokens (users,
    profiles, ...) may share one database. Token responses are split by resource
    server. The adapter may be used from several threads; the database file, when
    the adapter creates it, has mode 0600.

    :param dbname: the database file; ``":memory:"`` uses an in-memory database
    :param namespace: the namespace under which all data is read and written
    :param connect_params: extra keyword arguments for ``sqlite3.connect``
    """

    def __init__(
        self,
        dbname: pathlib.Path | str,
        *,
        namespace: str = "DEFAULT",
        connect_params: dict[str, t.Any] | None = None,
    ) -> None:
        self.filename = self.dbname = str(dbname)
        self.namespace = namespace
        self._db = _files.SQLiteConnectionManager(
            self.dbname, connect_params, _initialize
        )

    def close(self) -> None:
        """Close the database connection (it is reopened if the adapter is used)."""
        self._db.close()

    def store_config(
        self, config_name: str, config_dict: t.Mapping[str, t.Any]
    ) -> None:
        """
        Store a configuration dict, serialized as JSON, under ``config_name`` in the
        current namespace (replacing any previous value).

        :param config_name: the name of the configuration value
        :param config_dict: the configuration to store
        """
        with self._db.connection() as conn, conn:
            conn.execute(
                "REPLACE INTO config_storage(namespace, config_name, config_data_json) "
                "VALUES (?, ?, ?)",
                (self.namespace, config_name, json.dumps(dict(config_dict))),
            )

    def read_config(self, config_name: str) -> dict[str, t.Any] | None:
        """
        The configuration dict stored under ``config_name`` in the current namespace,
        or ``None``.

        :param config_name: the name of the configuration value
        """
        with self._db.connection() as conn:
            row = conn.execute(
                "SELECT config_data_json FROM config_storage "
                "WHERE namespace = ? AND config_name = ?",
                (self.namespace, config_name),
            ).fetchone()
        if row is None:
            return None
        return t.cast("dict[str, t.Any]", json.loads(row[0]))

    def remove_config(self, config_name: str) -> bool:
        """
        Delete the configuration stored under ``config_name`` in the current namespace.

        Returns ``True`` when data was deleted, ``False`` when there was none.

        :param config_name: the name of the configuration value
        """
        with self._db.connection() as conn, conn:
            cursor = conn.execute(
                "DELETE FROM config_storage WHERE namespace = ? AND config_name = ?",
                (self.namespace, config_name),
            )
            return cursor.rowcount > 0

    def store(self, token_response: globus_sdk.OAuthTokenResponse) -> None:
        """
        Store the token data of ``token_response``, one row per resource server, under
        the current namespace (this is also the ``on_refresh`` handler).

        :param token_response: the token response to store
        """
        rows = [
            (self.namespace, resource_server, json.dumps(token_data))
            for resource_server, token_data in (
                token_response.by_resource_server.items()
            )
        ]
        with self._db.connection() as conn, conn:
            conn.executemany(
                "REPLACE INTO token_storage(namespace, resource_server, "
                "token_data_json) VALUES (?, ?, ?)",
                rows,
            )

    def get_token_data(self, resource_server: str) -> dict[str, t.Any] | None:
        """
        The token data of ``resource_server`` in the current namespace, or ``None``.

        :param resource_server: the resource server to look up, as a key of
            ``OAuthTokenResponse.by_resource_server``
        """
        with self._db.connection() as conn:
            row = conn.execute(
                "SELECT token_data_json FROM token_storage "
                "WHERE namespace = ? AND resource_server = ?",
                (self.namespace, resource_server),
            ).fetchone()
        if row is None:
            return None
        return t.cast("dict[str, t.Any]", json.loads(row[0]))

    def get_by_resource_server(self) -> dict[str, t.Any]:
        """
        All token data of the current namespace, keyed by resource server, in the
        format of ``OAuthTokenResponse.by_resource_server``.
        """
        with self._db.connection() as conn:
            rows = conn.execute(
                "SELECT resource_server, token_data_json FROM token_storage "
                "WHERE namespace = ?",
                (self.namespace,),
            ).fetchall()
        return {resource_server: json.loads(data) for resource_server, data in rows}

    def remove_tokens_for_resource_server(self, resource_server: str) -> bool:
        """
        Delete the token data of ``resource_server`` in the current namespace (for
        example, to implement a logout).

        Returns ``True`` when data was deleted, ``False`` when there was none.

        :param resource_server: the resource server whose tokens are removed
        """
        with self._db.connection() as conn, conn:
            cursor = conn.execute(
                "DELETE FROM token_storage WHERE namespace = ? AND resource_server = ?",
                (self.namespace, resource_server),
            )
            return cursor.rowcount > 0

    def iter_namespaces(
        self, *, include_config_namespaces: bool = False
    ) -> t.Iterator[str]:
        """
        Iterate over the namespaces that hold token data (and, with
        ``include_config_namespaces=True``, those that hold only configuration).

        :param include_config_namespaces: also yield namespaces of stored config
        """
        with self._db.connection() as conn:
            namespaces = [
                row[0]
                for row in conn.execute("SELECT DISTINCT namespace FROM token_storage")
            ]
            if include_config_namespaces:
                for (namespace,) in conn.execute(
                    "SELECT DISTINCT namespace FROM config_storage"
                ):
                    if namespace not in namespaces:
                        namespaces.append(namespace)
        yield from namespaces
