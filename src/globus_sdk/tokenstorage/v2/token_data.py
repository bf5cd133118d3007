"""The record a v2 token storage keeps per resource server."""

from __future__ import annotations

import typing as t

from globus_sdk._serializable import Serializable


class TokenStorageData(Serializable):
    """
    Tokens and metadata for one resource server: the Python interface of a
    :class:`TokenStorage`.

    :ivar resource_server: the resource server this token data is valid for
    :ivar identity_id: the ID of the identity the tokens were granted to; ``None`` if
        the grant did not include the ``openid`` scope
    :ivar scope: the space-separated scopes the access token grants
    :ivar access_token: the Globus Auth access token
    :ivar refresh_token: the refresh token, or ``None`` if none was requested
    :ivar expires_at_seconds: when the access token expires (POSIX timestamp)
    :ivar token_type: the type of ``access_token`` (``"Bearer"``), or ``None``
    :ivar extra: additional fields, kept for forward and backward compatibility

    ``to_dict()`` omits fields whose value is ``None``; ``from_dict()`` passes absent
    fields as ``None`` and keeps unknown keys in ``extra``.
    """

    def __init__(
        self,
        resource_server: str,
        identity_id: str | None,
        scope: str,
        access_token: str,
        refresh_token: str | None,
        expires_at_seconds: int,
        token_type: str | None,
        extra: dict[str, t.Any] | None = None,
    ) -> None:
        self.resource_server = resource_server
        self.identity_id = identity_id
        self.scope = scope
        self.access_token = access_token
        self.refresh_token = refresh_token
        self.expires_at_seconds = expires_at_seconds
        self.token_type = token_type
        self.extra = extra or {}

    def __repr__(self) -> str:
        # never show the tokens themselves
        return (
            f"{type(self).__name__}(resource_server={self.resource_server!r}, "
            f"identity_id={self.identity_id!r}, scope={self.scope!r}, "
            "access_token='***', "
            f"refresh_token={'***' if self.refresh_token else None!r}, "
            f"expires_at_seconds={self.expires_at_seconds!r}, "
            f"token_type={self.token_type!r})"
        )
