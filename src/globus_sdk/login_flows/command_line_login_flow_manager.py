"""A login flow run in a terminal: print the authorize URL, read the code."""

from __future__ import annotations

import socket
import typing as t

from globus_sdk import utils
from globus_sdk.exc import GlobusError, GlobusSDKUsageError
from globus_sdk.services.auth import ConfidentialAppAuthClient

from .login_flow_manager import LoginFlowManager

if t.TYPE_CHECKING:
    import globus_sdk
    from globus_sdk.gare import GlobusAuthorizationParameters
    from globus_sdk.globus_app import GlobusAppConfig


class CommandLineLoginFlowEOFError(GlobusError, EOFError):
    """End of input was read where an authorization code was expected."""


class CommandLineLoginFlowManager(LoginFlowManager):
    """
    A login flow for a terminal: the user opens the printed authorize URL in any
    browser, logs in, and pastes the authorization code that Globus Auth shows back
    into the terminal.

    :param login_client: the client which runs the flow
    :param redirect_uri: where Globus Auth sends the user after login. A native
        client defaults to Globus Auth's page which displays the code
        (``<auth base URL>/v2/web/auth-code``); a confidential client must give one.
    :param request_refresh_tokens: request refresh tokens as well as access tokens
    :param native_prefill_named_grant: a name prefilled on the consent page to label
        the grant (used only with a native client)
    :raises GlobusSDKUsageError: if a confidential client is given no redirect_uri
    """

    def __init__(
        self,
        login_client: globus_sdk.AuthLoginClient,
        *,
        redirect_uri: str | None = None,
        request_refresh_tokens: bool = False,
        native_prefill_named_grant: str | None = None,
    ) -> None:
        super().__init__(
            login_client,
            request_refresh_tokens=request_refresh_tokens,
            native_prefill_named_grant=native_prefill_named_grant,
        )
        if redirect_uri is None:
            if isinstance(login_client, ConfidentialAppAuthClient):
                raise GlobusSDKUsageError(
                    "Use of a Confidential client requires an explicit redirect_uri."
                )
            redirect_uri = utils.slash_join(login_client.base_url, "/v2/web/auth-code")
        self.redirect_uri = redirect_uri

    @classmethod
    def for_globus_app(
        cls,
        app_name: str,
        login_client: globus_sdk.AuthLoginClient,
        config: GlobusAppConfig,
    ) -> CommandLineLoginFlowManager:
        """
        Make the login flow manager of a ``GlobusApp``: the redirect URI and refresh
        token choice come from ``config``; the grant is named
        ``"<app_name> on <hostname>"``.

        :param app_name: the name of the app
        :param login_client: the app's login client
        :param config: the app's configuration
        """
        return cls(
            login_client,
            redirect_uri=config.login_redirect_uri,
            request_refresh_tokens=config.request_refresh_tokens,
            native_prefill_named_grant=f"{app_name} on {socket.gethostname()}",
        )

    def run_login_flow(
        self, auth_parameters: GlobusAuthorizationParameters
    ) -> globus_sdk.OAuthTokenResponse:
        """
        Print the authorize URL, prompt for the authorization code, and exchange the
        code for tokens (``POST /v2/oauth2/token``).

        :param auth_parameters: the scopes and session requirements of the login
        :raises CommandLineLoginFlowEOFError: if input ends before a code is entered
        """
        authorize_url = self._get_authorize_url(auth_parameters, self.redirect_uri)
        self.print_authorize_url(authorize_url)
        auth_code = self.prompt_for_code()
        return self._exchange_code_for_tokens(auth_code)

    def print_authorize_url(self, authorize_url: str) -> None:
        """
        Show the user where to log in (on standard output). Override to customize.

        :param authorize_url: the URL of Globus Auth's authorize page
        """
        login_prompt = "Please authenticate with Globus here:"
        print(login_prompt)
        print("-" * len(login_prompt))
        print(authorize_url)
        print("-" * len(login_prompt) + "\n")

    def prompt_for_code(self) -> str:
        """
        Read the authorization code from standard input (stripped of whitespace).
        Override to customize.

        :raises CommandLineLoginFlowEOFError: if input ends before a code is entered
        """
        code_prompt = "Enter the resulting Authorization Code here: "
        try:
            return input(code_prompt).strip()
        except EOFError as e:
            raise CommandLineLoginFlowEOFError(
                "An EOF was read when an authorization code was expected."
            ) from e
