from __future__ import annotations

import abc
import typing as t

if t.TYPE_CHECKING:
    from ..response import OAuthAuthorizationCodeResponse


class GlobusOAuthFlowManager(abc.ABC):
    """
    The interface of an OAuth2 login flow: build the URL where the user authorizes
    the application, then exchange the authorization code they come back with for
    tokens.

    Login clients create one with ``oauth2_start_flow()`` and keep it as their
    ``current_oauth2_flow_manager``.
    """

    @abc.abstractmethod
    def get_authorize_url(self, query_params: dict[str, t.Any] | None = None) -> str:
        """The URL to send the user to; ``query_params`` are added to its query."""

    @abc.abstractmethod
    def exchange_code_for_tokens(
        self, auth_code: str
    ) -> OAuthAuthorizationCodeResponse:
        """Exchange the authorization code for tokens."""
