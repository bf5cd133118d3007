from __future__ import annotations

import logging
import typing as t

from .._common import authorize_url, requested_scopes_string
from ..response import OAuthAuthorizationCodeResponse
from .base import GlobusOAuthFlowManager

if t.TYPE_CHECKING:
    import globus_sdk
    from globus_sdk._types import ScopeCollectionType

log = logging.getLogger(__name__)


class GlobusAuthorizationCodeFlowManager(GlobusOAuthFlowManager):
    """
    The authorization code flow of a confidential client (a web application with a
    client secret): the user authorizes at :meth:`get_authorize_url`, Globus Auth
    redirects them to ``redirect_uri`` with a code, and the application exchanges the
    code (authenticating with its credentials) in :meth:`exchange_code_for_tokens`.

    Usually created by
    :meth:`ConfidentialAppAuthClient.oauth2_start_flow <globus_sdk.ConfidentialAppAuthClient.oauth2_start_flow>`.

    :param auth_client: the confidential client running the flow
    :param redirect_uri: where Globus Auth sends the user back (with the code)
    :param requested_scopes: the scopes to request (default: ``openid profile email``
        and Transfer's ``all``)
    :param state: an opaque value passed through the flow, to check that a redirect
        belongs to a flow this application started
    :param refresh_tokens: request refresh tokens too
    """

    def __init__(
        self,
        auth_client: globus_sdk.ConfidentialAppAuthClient,
        redirect_uri: str,
        requested_scopes: ScopeCollectionType | None = None,
        state: str = "_default",
        refresh_tokens: bool = False,
    ) -> None:
        self.auth_client = auth_client
        self.client_id = auth_client.client_id
        self.redirect_uri = redirect_uri
        self.requested_scopes = requested_scopes_string(requested_scopes)
        self.state = state
        self.refresh_tokens = refresh_tokens

    def get_authorize_url(self, query_params: dict[str, t.Any] | None = None) -> str:
        """
        The URL of Globus Auth's authorize page for this flow
        (``/v2/oauth2/authorize`` with ``client_id``, ``redirect_uri``, ``scope``,
        ``state``, ``response_type=code`` and ``access_type``), plus ``query_params``.
        """
        params: dict[str, t.Any] = {
            "client_id": self.client_id,
            "redirect_uri": self.redirect_uri,
            "scope": self.requested_scopes,
            "state": self.state,
            "response_type": "code",
            "access_type": "offline" if self.refresh_tokens else "online",
        }
        params.update(query_params or {})
        return authorize_url(self.auth_client.base_url, params)

    def exchange_code_for_tokens(
        self, auth_code: str
    ) -> OAuthAuthorizationCodeResponse:
        """
        ``POST /v2/oauth2/token`` (authorization code grant, authenticated with the
        client's credentials): exchange ``auth_code`` for tokens.
        """
        log.debug("exchanging an authorization code for tokens")
        return self.auth_client.oauth2_token(
            {
                "grant_type": "authorization_code",
                "code": auth_code,
                "redirect_uri": self.redirect_uri,
            },
            response_class=OAuthAuthorizationCodeResponse,
        )
