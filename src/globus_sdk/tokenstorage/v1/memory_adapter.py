"""The v1 in-memory storage adapter."""

from __future__ import annotations

import typing as t

from .base import StorageAdapter

if t.TYPE_CHECKING:
    import globus_sdk


class MemoryAdapter(StorageAdapter):
    """
    A storage adapter keeping tokens in a dict, for the life of the object.

    Useful for tests and for short-lived processes that never persist tokens.
    """

    def __init__(self) -> None:
        self._tokens: dict[str, dict[str, t.Any]] = {}

    def store(self, token_response: globus_sdk.OAuthTokenResponse) -> None:
        """
        Keep the token data of ``token_response`` (its ``by_resource_server``).

        :param token_response: the token response to store
        """
        for resource_server, token_data in token_response.by_resource_server.items():
            self._tokens[resource_server] = dict(token_data)

    def get_token_data(self, resource_server: str) -> dict[str, t.Any] | None:
        """
        The token data of ``resource_server``, or ``None`` when there is none.

        :param resource_server: the resource server to look up
        """
        return self._tokens.get(resource_server)
