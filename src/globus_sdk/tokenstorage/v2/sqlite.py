"""The v2 SQLite token storage."""

from __future__ import annotations

import pathlib
import typing as t

from .._sqlite import SQLiteTokenDatabase
from .base import FileTokenStorage
from .token_data import TokenStorageData


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
        self._db = SQLiteTokenDatabase(self.filepath, connect_params)

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
        self._db.store_tokens(
            self.namespace,
            {
                resource_server: token_data.to_dict()
                for resource_server, token_data in token_data_by_resource_server.items()
            },
        )

    def get_token_data_by_resource_server(self) -> dict[str, TokenStorageData]:
        """All token data of the current namespace, keyed by resource server."""
        return {
            resource_server: TokenStorageData.from_dict(token_dict)
            for resource_server, token_dict in self._db.read_tokens(
                self.namespace
            ).items()
        }

    def get_token_data(self, resource_server: str) -> TokenStorageData | None:
        """
        The token data of ``resource_server``, or ``None`` when there is none.

        :param resource_server: the resource server to look up
        """
        token_dict = self._db.read_token(self.namespace, resource_server)
        return None if token_dict is None else TokenStorageData.from_dict(token_dict)

    def remove_token_data(self, resource_server: str) -> bool:
        """
        Remove the token data of ``resource_server`` from the current namespace.

        Returns ``True`` when data was removed, ``False`` when there was none.

        :param resource_server: the resource server whose data is removed
        """
        return self._db.remove_tokens(self.namespace, resource_server)

    def iter_namespaces(self) -> t.Iterator[str]:
        """Iterate over the namespaces that hold token data."""
        yield from self._db.token_namespaces()
