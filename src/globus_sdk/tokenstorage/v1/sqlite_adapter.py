"""The v1 SQLite storage adapter (tokens plus namespaced configuration)."""

from __future__ import annotations

import json
import pathlib
import typing as t

from .._sqlite import SQLiteTokenDatabase
from .base import FileAdapter

if t.TYPE_CHECKING:
    import globus_sdk

_CONFIG_SCHEMA = """CREATE TABLE IF NOT EXISTS config_storage (
    namespace VARCHAR NOT NULL,
    config_name VARCHAR NOT NULL,
    config_data_json VARCHAR NOT NULL,
    PRIMARY KEY (namespace, config_name)
)"""


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
        self._db = SQLiteTokenDatabase(
            self.dbname, connect_params, extra_schema=(_CONFIG_SCHEMA,)
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
        self._db.store_tokens(self.namespace, token_response.by_resource_server)

    def get_token_data(self, resource_server: str) -> dict[str, t.Any] | None:
        """
        The token data of ``resource_server`` in the current namespace, or ``None``.

        :param resource_server: the resource server to look up, as a key of
            ``OAuthTokenResponse.by_resource_server``
        """
        return self._db.read_token(self.namespace, resource_server)

    def get_by_resource_server(self) -> dict[str, t.Any]:
        """
        All token data of the current namespace, keyed by resource server, in the
        format of ``OAuthTokenResponse.by_resource_server``.
        """
        return self._db.read_tokens(self.namespace)

    def remove_tokens_for_resource_server(self, resource_server: str) -> bool:
        """
        Delete the token data of ``resource_server`` in the current namespace (for
        example, to implement a logout).

        Returns ``True`` when data was deleted, ``False`` when there was none.

        :param resource_server: the resource server whose tokens are removed
        """
        return self._db.remove_tokens(self.namespace, resource_server)

    def iter_namespaces(
        self, *, include_config_namespaces: bool = False
    ) -> t.Iterator[str]:
        """
        Iterate over the namespaces that hold token data (and, with
        ``include_config_namespaces=True``, those that hold only configuration).

        :param include_config_namespaces: also yield namespaces of stored config
        """
        namespaces = self._db.token_namespaces()
        if include_config_namespaces:
            with self._db.connection() as conn:
                for (namespace,) in conn.execute(
                    "SELECT DISTINCT namespace FROM config_storage"
                ).fetchall():
                    if namespace not in namespaces:
                        namespaces.append(namespace)
        yield from namespaces
