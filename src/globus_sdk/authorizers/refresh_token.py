from __future__ import annotations

import logging
import typing as t

from .renewing import RenewingAuthorizer

if t.TYPE_CHECKING:
    import globus_sdk

log = logging.getLogger(__name__)


class RefreshTokenAuthorizer(
    RenewingAuthorizer["globus_sdk.OAuthRefreshTokenResponse"]
):
    """
    Authorization with a refresh token, used to fetch new access tokens as they
    expire (``auth_client.oauth2_refresh_token(refresh_token)``).

    It may be given an initial access token and its expiry; otherwise it fetches
    one the first time :meth:`get_authorization_header` is called. If Globus Auth
    rotates the refresh token (the token response holds a new ``refresh_token``),
    the new one is adopted together with the new access token.

    .. code-block:: python

        import globus_sdk

        auth_client = globus_sdk.NativeAppAuthClient(CLIENT_ID)
        # ... a login flow gives you a refresh token ...
        authorizer = globus_sdk.RefreshTokenAuthorizer(refresh_token, auth_client)
        transfer_client = globus_sdk.TransferClient(authorizer=authorizer)

    :param refresh_token: refresh token for Globus Auth
    :param auth_client: a client able to use the refresh token
        (its ``oauth2_refresh_token`` method is called)
    :param access_token: initial access token; requires ``expires_at``
    :param expires_at: expiration time of ``access_token`` as a POSIX timestamp;
        requires ``access_token``
    :param on_refresh: callback invoked with the
        :class:`~globus_sdk.OAuthRefreshTokenResponse` each time a new access token is
        fetched; see :class:`~globus_sdk.authorizers.RenewingAuthorizer` for what
        happens if it raises
    """

    def __init__(
        self,
        refresh_token: str,
        auth_client: globus_sdk.AuthLoginClient,
        *,
        access_token: str | None = None,
        expires_at: int | None = None,
        on_refresh: None
        | t.Callable[[globus_sdk.OAuthRefreshTokenResponse], t.Any] = None,
    ) -> None:
        self.refresh_token = refresh_token
        self.auth_client = auth_client
        super().__init__(
            access_token=access_token, expires_at=expires_at, on_refresh=on_refresh
        )

    def _get_token_response(self) -> globus_sdk.OAuthRefreshTokenResponse:
        """Exchange the refresh token for new tokens."""
        return self.auth_client.oauth2_refresh_token(self.refresh_token)

    def _apply_token_data(self, token_data: dict[str, t.Any]) -> None:
        super()._apply_token_data(token_data)
        # OAuth2 allows the server to issue a new refresh token on refresh (RFC 6749
        # section 6); the old one may now be revoked
        new_refresh_token = token_data.get("refresh_token")
        if new_refresh_token is not None and new_refresh_token != self.refresh_token:
            log.debug("RefreshTokenAuthorizer adopts a rotated refresh token")
            self.refresh_token = new_refresh_token
