"""A login flow which opens a browser and receives the redirect on a local server."""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import socket
import threading
import typing as t
import webbrowser
from string import Template

from ..login_flow_manager import LoginFlowManager
from .errors import LocalServerEnvironmentalLoginError, LocalServerLoginError
from .local_server import DEFAULT_HTML_TEMPLATE, RedirectHandler, RedirectHTTPServer

if t.TYPE_CHECKING:
    import globus_sdk
    from globus_sdk.gare import GlobusAuthorizationParameters
    from globus_sdk.globus_app import GlobusAppConfig

log = logging.getLogger(__name__)

# browsers which cannot run Globus Auth's login pages
_TEXT_ONLY_BROWSERS = frozenset({"lynx", "www-browser", "links", "elinks", "w3m"})


def _check_remote_session() -> None:
    """
    :raises LocalServerEnvironmentalLoginError: in an SSH session, where the browser
        (if any) cannot reach a server on this machine's loopback address
    """
    if os.environ.get("SSH_CLIENT") or os.environ.get("SSH_CONNECTION"):
        raise LocalServerEnvironmentalLoginError(
            "Cannot use LocalServerLoginFlowManager in a remote session"
        )


def _open_webbrowser(url: str) -> None:
    """
    Open ``url`` in the default browser.

    :raises LocalServerEnvironmentalLoginError: if there is no browser, it is a
        text-only one, or it fails to open
    """
    try:
        browser = webbrowser.get()
    except webbrowser.Error as e:
        raise LocalServerEnvironmentalLoginError("Failed to open browser") from e

    # MacOSXOSAScript has a public ``name`` only from Python 3.11
    browser_name = getattr(browser, "name", None) or getattr(browser, "_name", None)
    if not isinstance(browser_name, str):
        raise LocalServerEnvironmentalLoginError(
            "Unable to determine local browser name."
        )
    if browser_name in _TEXT_ONLY_BROWSERS:
        raise LocalServerEnvironmentalLoginError(
            "Cannot use LocalServerLoginFlowManager with text-only browser "
            f"'{browser_name}'"
        )
    try:
        opened = browser.open(url, new=1)
    except webbrowser.Error as e:
        raise LocalServerEnvironmentalLoginError(
            f"Failed to open browser '{browser_name}'"
        ) from e
    if not opened:
        raise LocalServerEnvironmentalLoginError(
            f"Failed to open browser '{browser_name}'"
        )


class LocalServerLoginFlowManager(LoginFlowManager):
    """
    A login flow for a desktop: a local HTTP server listens on the loopback address,
    the default web browser opens the authorize URL, and Globus Auth redirects the
    browser back to the local server with the authorization code, which is then
    exchanged for tokens.

    Each flow carries a random ``state``; a redirect with another ``state`` fails
    the flow. The wait for the redirect is bounded by
    ``RedirectHTTPServer.WAIT_TIMEOUT`` (15 minutes).

    It does not work over SSH or without a graphical browser
    (:class:`LocalServerEnvironmentalLoginError`); use
    :class:`~globus_sdk.login_flows.CommandLineLoginFlowManager` there.

    :param login_client: the client which runs the flow
    :param request_refresh_tokens: request refresh tokens as well as access tokens
    :param native_prefill_named_grant: a name prefilled on the consent page to label
        the grant (used only with a native client)
    :param server_address: the ``(host, port)`` the local server listens on; port 0
        picks a free port. The redirect URI is ``http://<host>:<port>``.
    :param html_template: the page shown in the browser at the end, with
        ``$login_result`` and ``$post_login_message`` placeholders
    """

    def __init__(
        self,
        login_client: globus_sdk.AuthLoginClient,
        *,
        request_refresh_tokens: bool = False,
        native_prefill_named_grant: str | None = None,
        server_address: tuple[str, int] = ("localhost", 0),
        html_template: Template = DEFAULT_HTML_TEMPLATE,
    ) -> None:
        super().__init__(
            login_client,
            request_refresh_tokens=request_refresh_tokens,
            native_prefill_named_grant=native_prefill_named_grant,
        )
        self.server_address = server_address
        self.html_template = html_template
        # the state of the flow being run, checked by the server it starts
        self._flow_state: str | None = None

    @classmethod
    def for_globus_app(
        cls,
        app_name: str,
        login_client: globus_sdk.AuthLoginClient,
        config: GlobusAppConfig,
    ) -> LocalServerLoginFlowManager:
        """
        Make the login flow manager of a ``GlobusApp``: the refresh token choice
        comes from ``config``; the grant is named ``"<app_name> on <hostname>"``.
        (``config.login_redirect_uri`` does not apply: the redirect URI is the local
        server's.)

        :param app_name: the name of the app
        :param login_client: the app's login client
        :param config: the app's configuration
        """
        return cls(
            login_client,
            request_refresh_tokens=config.request_refresh_tokens,
            native_prefill_named_grant=f"{app_name} on {socket.gethostname()}",
        )

    def run_login_flow(
        self, auth_parameters: GlobusAuthorizationParameters
    ) -> globus_sdk.OAuthTokenResponse:
        """
        Start the local server, open the authorize URL in the browser, wait for the
        redirect, then exchange its code for tokens (``POST /v2/oauth2/token``).

        :param auth_parameters: the scopes and session requirements of the login
        :raises LocalServerEnvironmentalLoginError: in a remote session or without a
            usable browser
        :raises LocalServerLoginError: if Globus Auth reports an error, the redirect
            carries the wrong ``state``, or no redirect arrives in time
        """
        _check_remote_session()

        state = secrets.token_urlsafe(32)
        self._flow_state = state
        try:
            with self.background_local_server() as server:
                host, port = server.socket.getsockname()[:2]
                redirect_uri = f"http://{host}:{port}"
                authorize_url = self._get_authorize_url(
                    auth_parameters, redirect_uri, state=state
                )
                log.debug(
                    "opening the authorize URL in a browser (redirect: %s)",
                    redirect_uri,
                )
                _open_webbrowser(authorize_url)

                auth_code = server.wait_for_code()
        finally:
            self._flow_state = None

        if isinstance(auth_code, LocalServerLoginError):
            raise auth_code
        if isinstance(auth_code, BaseException):
            raise LocalServerLoginError(
                f"Authorization failed with unexpected error:\n{auth_code}."
            ) from auth_code
        return self._exchange_code_for_tokens(auth_code)

    @contextlib.contextmanager
    def background_local_server(self) -> t.Iterator[RedirectHTTPServer]:
        """
        A context manager which runs a :class:`RedirectHTTPServer` on
        ``server_address`` in a background thread, and stops and closes it on exit.
        """
        server = RedirectHTTPServer(
            server_address=self.server_address,
            handler_class=RedirectHandler,
            html_template=self.html_template,
        )
        # set before serving: no request is handled without the check
        server._expected_state = self._flow_state
        thread = threading.Thread(
            target=server.serve_forever,
            kwargs={"poll_interval": 0.1},
            name="globus-sdk-login-redirect-server",
            daemon=True,
        )
        thread.start()
        try:
            yield server
        finally:
            server.shutdown()
            server.server_close()
            thread.join(timeout=5)
