"""
The SQLite token database shared by the v1 ``SQLiteAdapter`` and the v2
``SQLiteTokenStorage``: both keep one JSON document per namespace and resource server
in the ``token_storage`` table, so they can share a database file.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import threading
import typing as t
import weakref

from globus_sdk.version import __version__

from . import _files

_TOKEN_SCHEMA = (
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


class SQLiteTokenDatabase:
    """
    One lazily opened ``sqlite3`` connection to a token database, usable from any
    thread, and the queries of the ``token_storage`` table.

    The connection is opened with ``check_same_thread=False`` (unless the caller's
    ``connect_params`` say otherwise) and every use holds a lock, so a storage object
    may be shared between threads. A database file created here is created with
    mode 0600 (and missing directories 0700) before SQLite opens it; SQLite gives its
    journal files the same mode as the database file. A URI (``uri=True``) is opened
    as given.

    :param filepath: the database file, ``":memory:"``, or a URI
    :param connect_params: extra keyword arguments for ``sqlite3.connect``
    :param extra_schema: more ``CREATE TABLE IF NOT EXISTS`` statements to run when
        the database is opened
    """

    def __init__(
        self,
        filepath: str,
        connect_params: t.Mapping[str, t.Any] | None,
        *,
        extra_schema: t.Sequence[str] = (),
    ) -> None:
        self.filepath = filepath
        self._connect_params = dict(connect_params or {})
        self._schema = (*_TOKEN_SCHEMA, *extra_schema)
        self._lock = threading.RLock()
        self._connection: sqlite3.Connection | None = None
        # closes the connection when this object is collected without close()
        self._finalizer: weakref.finalize[t.Any, t.Any] | None = None

    @contextlib.contextmanager
    def connection(self) -> t.Iterator[sqlite3.Connection]:
        """Hold the lock and yield the connection, opening it first if needed."""
        with self._lock:
            if self._connection is None:
                self._connection = self._open()
                self._finalizer = weakref.finalize(self, self._connection.close)
            yield self._connection

    def close(self) -> None:
        """Close the connection (the next use opens it again)."""
        with self._lock:
            if self._finalizer is not None:
                self._finalizer.detach()
                self._finalizer = None
            if self._connection is not None:
                self._connection.close()
                self._connection = None

    def _open(self) -> sqlite3.Connection:
        # ":memory:" and "" (a temporary database) have no file; a URI is the caller's
        if self.filepath not in (":memory:", "") and not self._connect_params.get(
            "uri"
        ):
            _files.create_private_file(self.filepath)
        params: dict[str, t.Any] = {"check_same_thread": False}
        params.update(self._connect_params)
        conn: sqlite3.Connection = sqlite3.connect(self.filepath, **params)
        try:
            with conn:
                for statement in self._schema:
                    conn.execute(statement)
                conn.execute(
                    "INSERT OR IGNORE INTO sdk_storage_adapter_internal"
                    "(attribute, value) VALUES (?, ?)",
                    ("globus-sdk.version", __version__),
                )
        except sqlite3.DatabaseError as e:
            conn.close()
            # same exception class, but say which file is at fault
            raise type(e)(
                f"Token storage database '{self.filepath}' could not be used: {e}"
            ) from e
        except BaseException:
            conn.close()
            raise
        return conn

    # ---- the token_storage table

    def store_tokens(
        self, namespace: str, token_dicts: t.Mapping[str, t.Mapping[str, t.Any]]
    ) -> None:
        """Replace the rows of these resource servers, in one transaction."""
        rows = [
            (namespace, resource_server, json.dumps(dict(token_dict)))
            for resource_server, token_dict in token_dicts.items()
        ]
        with self.connection() as conn, conn:
            conn.executemany(
                "REPLACE INTO token_storage(namespace, resource_server, "
                "token_data_json) VALUES (?, ?, ?)",
                rows,
            )

    def read_tokens(self, namespace: str) -> dict[str, dict[str, t.Any]]:
        """Every row of ``namespace``, decoded, keyed by resource server."""
        with self.connection() as conn:
            rows = conn.execute(
                "SELECT resource_server, token_data_json FROM token_storage "
                "WHERE namespace = ?",
                (namespace,),
            ).fetchall()
        return {
            resource_server: self._decode(resource_server, data)
            for resource_server, data in rows
        }

    def read_token(
        self, namespace: str, resource_server: str
    ) -> dict[str, t.Any] | None:
        """The decoded row of one resource server, or ``None``."""
        with self.connection() as conn:
            row = conn.execute(
                "SELECT token_data_json FROM token_storage "
                "WHERE namespace = ? AND resource_server = ?",
                (namespace, resource_server),
            ).fetchone()
        return None if row is None else self._decode(resource_server, row[0])

    def remove_tokens(self, namespace: str, resource_server: str) -> bool:
        """Delete the row of one resource server; whether there was one."""
        with self.connection() as conn, conn:
            cursor = conn.execute(
                "DELETE FROM token_storage WHERE namespace = ? AND resource_server = ?",
                (namespace, resource_server),
            )
            return cursor.rowcount > 0

    def token_namespaces(self) -> list[str]:
        """The namespaces which hold token data."""
        with self.connection() as conn:
            rows = conn.execute(
                "SELECT DISTINCT namespace FROM token_storage"
            ).fetchall()
        return [namespace for (namespace,) in rows]

    def _decode(self, resource_server: str, data: str) -> dict[str, t.Any]:
        try:
            decoded = json.loads(data)
        except ValueError as e:
            raise _files.CorruptTokenFileError(
                self.filepath, f"the token data of {resource_server!r} is not JSON"
            ) from e
        if not isinstance(decoded, dict):
            raise _files.CorruptTokenFileError(
                self.filepath, f"the token data of {resource_server!r} is malformed"
            )
        return decoded
