"""The v2 in-memory token storage."""

from __future__ import annotations

import threading
import typing as t

from .base import TokenStorage
from .token_data import TokenStorageData

if t.TYPE_CHECKING:
    import uuid

    from globus_sdk.globus_app.config import GlobusAppConfig


class MemoryTokenStorage(TokenStorage):
    """
    A token storage kept in a dict, for the life of the object (nothing is written to
    disk). Safe to share between threads.

    :param namespace: the namespace under which data is read and written
    """

    def __init__(self, *, namespace: str = "DEFAULT") -> None:
        self._tokens: dict[str, dict[str, dict[str, t.Any]]] = {}
        self._lock = threading.Lock()
        super().__init__(namespace=namespace)

    @classmethod
    def for_globus_app(
        cls,
        client_id: uuid.UUID | str,
        app_name: str,
        config: GlobusAppConfig,
        namespace: str,
    ) -> MemoryTokenStorage:
        """
        Make the storage of a GlobusApp (only the namespace is used).

        :param client_id: the client ID of the app
        :param app_name: the name of the app
        :param config: the app's configuration
        :param namespace: the namespace under which the app's data is kept
        """
        return cls(namespace=namespace)

    def store_token_data_by_resource_server(
        self, token_data_by_resource_server: t.Mapping[str, TokenStorageData]
    ) -> None:
        """
        Keep token data for one or more resource servers in the current namespace.

        :param token_data_by_resource_server: token data keyed by resource server
        """
        with self._lock:
            namespace_data = self._tokens.setdefault(self.namespace, {})
            for resource_server, token_data in token_data_by_resource_server.items():
                namespace_data[resource_server] = token_data.to_dict()

    def get_token_data_by_resource_server(self) -> dict[str, TokenStorageData]:
        """All token data of the current namespace, keyed by resource server."""
        with self._lock:
            by_rs = dict(self._tokens.get(self.namespace, {}))
        return {
            resource_server: TokenStorageData.from_dict(token_data)
            for resource_server, token_data in by_rs.items()
        }

    def remove_token_data(self, resource_server: str) -> bool:
        """
        Remove the token data of ``resource_server`` from the current namespace.

        Returns ``True`` when data was removed, ``False`` when there was none.

        :param resource_server: the resource server whose data is removed
        """
        with self._lock:
            namespace_data = self._tokens.get(self.namespace, {})
            return namespace_data.pop(resource_server, None) is not None
