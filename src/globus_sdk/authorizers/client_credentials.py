from __future__ import annotations

import logging
import typing as t

from .renewing import RenewingAuthorizer

if t.TYPE_CHECKING:
    import globus_sdk
    from globus_sdk._types import ScopeCollectionType

log = logging.getLogger(__name__)


class ClientCredentialsAuthorizer(
    RenewingAuthorizer["globus_sdk.OAuthClientCredentialsResponse"]
):
    """
    Authorization as a confidential client itself: new access tokens are fetched with
    the client credentials grant
    (``confidential_client.oauth2_client_credentials_tokens(requested_scopes=scopes)``)
    when the current one expires.

    The scopes must all belong to one resource server: the token response must hold
    exactly one access token.

    .. code-block:: python

        import globus_sdk

        confidential_client = globus_sdk.ConfidentialAppAuthClient(
            CLIENT_ID, CLIENT_SECRET
        )
        authorizer = globus_sdk.ClientCredentialsAuthorizer(
            confidential_client, globus_sdk.TransferClient.scopes.all
        )
        transfer_client = globus_sdk.TransferClient(authorizer=authorizer)

    :param confidential_client: a client with a valid id and secret
    :param scopes: the scopes to request: a space-separated string, a scope object, or
        an iterable of strings and scope objects; stored as one string in ``scopes``
    :param access_token: initial access token, requested with the same scopes;
        requires ``expires_at``
    :param expires_at: expiration time of ``access_token`` as a POSIX timestamp;
        requires ``access_token``
    :param on_refresh: callback invoked with the
        :class:`~globus_sdk.OAuthClientCredentialsResponse` each time a new access
        token is fetched; see :class:`~globus_sdk.authorizers.RenewingAuthorizer` for
        what happens if it raises
    """

    def __init__(
        self,
        confidential_client: globus_sdk.ConfidentialAppAuthClient,
        scopes: ScopeCollectionType,
        *,
        access_token: str | None = None,
        expires_at: int | None = None,
        on_refresh: None
        | t.Callable[[globus_sdk.OAuthClientCredentialsResponse], t.Any] = None,
    ) -> None:
        # deferred: importing the authorizers stays cheap (it does not load scopes)
        from globus_sdk.scopes import scopes_to_str

        self.confidential_client = confidential_client
        self.scopes = scopes_to_str(scopes)
        super().__init__(
            access_token=access_token, expires_at=expires_at, on_refresh=on_refresh
        )

    def _get_token_response(self) -> globus_sdk.OAuthClientCredentialsResponse:
        """Request new tokens for ``scopes`` with the client credentials grant."""
        return self.confidential_client.oauth2_client_credentials_tokens(
            requested_scopes=self.scopes
        )
