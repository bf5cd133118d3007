"""``LoginFlowManager``: the interface of the objects which drive a user through login."""

from __future__ import annotations

import abc
import typing as t

from globus_sdk.exc import GlobusSDKUsageError
from globus_sdk.services.auth import ConfidentialAppAuthClient, NativeAppAuthClient

if t.TYPE_CHECKING:
    import globus_sdk
    from globus_sdk.gare import GlobusAuthorizationParameters


class LoginFlowManager(metaclass=abc.ABCMeta):
    """
    Drives a user through a Globus Auth login flow (the authorization code grant) and
    returns the tokens it yields.

    Subclasses implement :meth:`run_login_flow`: get the user to the authorize URL,
    receive the authorization code, and exchange it with the ``login_client``.

    :param login_client: the client which runs the flow: a
        :class:`~globus_sdk.NativeAppAuthClient` (PKCE) or a
        :class:`~globus_sdk.ConfidentialAppAuthClient`
    :param request_refresh_tokens: request refresh tokens as well as access tokens
    :param native_prefill_named_grant: a name prefilled on the consent page to label
        the grant (used only with a native client)
    :raises GlobusSDKUsageError: if ``login_client`` is neither a native nor a
        confidential client
    """

    def __init__(
        self,
        login_client: globus_sdk.AuthLoginClient,
        *,
        request_refresh_tokens: bool = False,
        native_prefill_named_grant: str | None = None,
    ) -> None:
        if not isinstance(
            login_client, (NativeAppAuthClient, ConfidentialAppAuthClient)
        ):
            raise GlobusSDKUsageError(
                f"{type(self).__name__} requires a NativeAppAuthClient or a "
                f"ConfidentialAppAuthClient as its login_client, not "
                f"{type(login_client).__name__}."
            )
        self.login_client = login_client
        self.request_refresh_tokens = request_refresh_tokens
        self.native_prefill_named_grant = native_prefill_named_grant

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(login_client={self.login_client!r}, "
            f"request_refresh_tokens={self.request_refresh_tokens!r})"
        )

    def _get_authorize_url(
        self,
        auth_parameters: GlobusAuthorizationParameters,
        redirect_uri: str,
        *,
        state: str = "_default",
    ) -> str:
        """
        Start a flow on the login client and return the URL of the authorize page,
        carrying the scopes and session requirements of ``auth_parameters``.
        """
        login_client = self.login_client
        # an empty list means "no particular scopes": the login client's defaults
        requested_scopes = auth_parameters.required_scopes or None
        if isinstance(login_client, NativeAppAuthClient):
            login_client.oauth2_start_flow(
                requested_scopes,
                redirect_uri=redirect_uri,
                state=state,
                refresh_tokens=self.request_refresh_tokens,
                prefill_named_grant=self.native_prefill_named_grant,
            )
        else:
            login_client.oauth2_start_flow(
                redirect_uri,
                requested_scopes,
                state=state,
                refresh_tokens=self.request_refresh_tokens,
            )
        return login_client.oauth2_get_authorize_url(
            session_required_identities=auth_parameters.session_required_identities,
            session_required_single_domain=(
                auth_parameters.session_required_single_domain
            ),
            session_required_policies=auth_parameters.session_required_policies,
            session_required_mfa=auth_parameters.session_required_mfa,
            session_message=auth_parameters.session_message,
            prompt=t.cast("t.Literal['login'] | None", auth_parameters.prompt),
        )

    def _exchange_code_for_tokens(
        self, auth_code: str
    ) -> globus_sdk.OAuthTokenResponse:
        """Exchange the code of the flow started by ``_get_authorize_url``."""
        return self.login_client.oauth2_exchange_code_for_tokens(auth_code)

    @abc.abstractmethod
    def run_login_flow(
        self, auth_parameters: GlobusAuthorizationParameters
    ) -> globus_sdk.OAuthTokenResponse:
        """
        Run a login flow and return the token response it ends with.

        :param auth_parameters: what the login must achieve: the scopes to request
            (``required_scopes``) and the session requirements (identities, domains,
            policies, MFA, ``prompt``, a message for the user)
        """
