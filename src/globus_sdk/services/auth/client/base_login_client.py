"""``AuthLoginClient``: the common base of the clients which run login flows."""

from __future__ import annotations

import logging
import typing as t
import uuid

from globus_sdk import exc, utils
from globus_sdk.authorizers import NullAuthorizer
from globus_sdk.response import GlobusHTTPResponse
from globus_sdk.scopes import AuthScopes, Scope
from globus_sdk.utils import MISSING

from ..errors import AuthAPIError
from ..flow_managers import GlobusOAuthFlowManager
from ..response import (
    OAuthAuthorizationCodeResponse,
    OAuthRefreshTokenResponse,
    OAuthTokenResponse,
)
from ._oidc import OpenIDDiscoveryMixin

if t.TYPE_CHECKING:
    import globus_sdk
    from globus_sdk.authorizers import GlobusAuthorizer

log = logging.getLogger(__name__)

RT = t.TypeVar("RT", bound=GlobusHTTPResponse)


class AuthLoginClient(OpenIDDiscoveryMixin):
    """
    The base of :class:`NativeAppAuthClient` and :class:`ConfidentialAppAuthClient`:
    an application talking to Globus Auth's OAuth2 endpoints as itself, to run login
    flows and manage tokens (refresh, validate, revoke).

    It cannot be driven by a ``GlobusApp`` (it is what authenticates apps).

    :param client_id: the application's client ID
    :param environment: the Globus environment (default: production)
    :param base_url: a different Auth URL
    :param authorizer: how the application authenticates, if it does
    :param app_name: a name for your application, sent in the User-Agent
    :param transport_params: options for the transport
    """

    service_name = "auth"
    error_class = AuthAPIError
    scopes = AuthScopes

    def __init__(
        self,
        client_id: uuid.UUID | str | None = None,
        environment: str | None = None,
        base_url: str | None = None,
        authorizer: GlobusAuthorizer | None = None,
        app_name: str | None = None,
        transport_params: dict[str, t.Any] | None = None,
    ) -> None:
        super().__init__(
            environment=environment,
            base_url=base_url,
            authorizer=authorizer,
            app_name=app_name,
            transport_params=transport_params,
        )
        self.client_id: str | None = None if client_id is None else str(client_id)
        # the flow started by oauth2_start_flow(), if any
        self.current_oauth2_flow_manager: GlobusOAuthFlowManager | None = None

    @property
    def default_scope_requirements(self) -> list[Scope]:
        """Login clients have no scope requirements: this raises GlobusSDKUsageError."""
        raise exc.GlobusSDKUsageError(
            f"{type(self).__name__} has no default_scope_requirements: it cannot be "
            "used with a GlobusApp. Use AuthClient to call the Auth API with an app."
        )

    def attach_globus_app(
        self, app: globus_sdk.GlobusApp, app_scopes: list[Scope] | None = None
    ) -> None:
        """Not supported: login clients authenticate apps, they are not driven by one."""
        raise exc.GlobusSDKUsageError(
            f"{type(self).__name__} cannot be used with a GlobusApp. Use AuthClient to "
            "call the Auth API with an app."
        )

    def _token_form(
        self, token: str, body_params: dict[str, t.Any] | None
    ) -> dict[str, t.Any]:
        """
        The form of a token validation or revocation: the token, the client ID when
        the client cannot authenticate itself (no authorizer, or a NullAuthorizer),
        then ``body_params``.
        """
        authorizer = self.authorizer
        send_client_id = self.client_id is not None and (
            authorizer is None or isinstance(authorizer, NullAuthorizer)
        )
        return {
            "token": token,
            "client_id": self.client_id if send_client_id else MISSING,
            **(body_params or {}),
        }

    # ---- login flows

    def oauth2_get_authorize_url(
        self,
        *,
        session_required_identities: uuid.UUID
        | str
        | t.Iterable[uuid.UUID | str]
        | None = None,
        session_required_single_domain: str | t.Iterable[str] | None = None,
        session_required_policies: uuid.UUID
        | str
        | t.Iterable[uuid.UUID | str]
        | None = None,
        session_required_mfa: bool | None = None,
        session_message: str | None = None,
        prompt: t.Literal["login"] | None = None,
        query_params: dict[str, t.Any] | None = None,
    ) -> str:
        """
        The URL where the user authorizes the flow started by ``oauth2_start_flow()``.

        :param session_required_identities: identities the user must log in with
        :param session_required_single_domain: domains one of which the user must log in
            with
        :param session_required_policies: authentication policies to satisfy
        :param session_required_mfa: require multi-factor authentication
        :param session_message: a message shown on the login page
        :param prompt: ``"login"`` to make the user log in again
        :param query_params: other query parameters of the URL
        :raises GlobusSDKUsageError: if no flow was started
        """
        flow = self.current_oauth2_flow_manager
        if flow is None:
            raise exc.GlobusSDKUsageError(
                "Cannot get authorize URL until starting an OAuth2 flow. "
                "Call the oauth2_start_flow() method on this AuthClient to resolve"
            )
        params: dict[str, t.Any] = {
            "session_message": session_message,
            "session_required_identities": _opt_commajoin(session_required_identities),
            "session_required_single_domain": _opt_commajoin(
                session_required_single_domain
            ),
            "session_required_policies": _opt_commajoin(session_required_policies),
            "session_required_mfa": (
                None if session_required_mfa is None else str(session_required_mfa)
            ),
            "prompt": prompt,
            **(query_params or {}),
        }
        params = {k: v for k, v in params.items() if v is not None}
        return flow.get_authorize_url(query_params=params)

    def oauth2_exchange_code_for_tokens(
        self, auth_code: str
    ) -> OAuthAuthorizationCodeResponse:
        """
        ``POST /v2/oauth2/token``: exchange the authorization code of the flow started
        by ``oauth2_start_flow()`` for tokens.

        :raises GlobusSDKUsageError: if no flow was started
        """
        flow = self.current_oauth2_flow_manager
        if flow is None:
            raise exc.GlobusSDKUsageError(
                "Cannot exchange auth code until starting an OAuth2 flow. "
                "Call the oauth2_start_flow() method on this AuthClient to resolve"
            )
        return flow.exchange_code_for_tokens(auth_code)

    # ---- tokens

    def oauth2_refresh_token(
        self,
        refresh_token: str,
        *,
        body_params: dict[str, t.Any] | None = None,
    ) -> OAuthRefreshTokenResponse:
        """
        ``POST /v2/oauth2/token`` (refresh token grant): new access tokens for a
        refresh token.

        :param refresh_token: the refresh token
        :param body_params: other form fields
        """
        log.debug("refreshing tokens with a refresh token grant")
        form_data = {"refresh_token": refresh_token, "grant_type": "refresh_token"}
        return self.oauth2_token(
            form_data, body_params=body_params, response_class=OAuthRefreshTokenResponse
        )

    def oauth2_validate_token(
        self,
        token: str,
        *,
        body_params: dict[str, t.Any] | None = None,
    ) -> GlobusHTTPResponse:
        """
        ``POST /v2/oauth2/token/validate``: whether a token is still valid
        (``{"active": true|false}``).

        A client which cannot authenticate itself sends its client ID in the form.
        """
        return self.post(
            "/v2/oauth2/token/validate",
            data=self._token_form(token, body_params),
            encoding="form",
        )

    def oauth2_revoke_token(
        self,
        token: str,
        *,
        body_params: dict[str, t.Any] | None = None,
    ) -> GlobusHTTPResponse:
        """
        ``POST /v2/oauth2/token/revoke``: revoke an access or refresh token (revoking
        a refresh token also revokes its access tokens).

        A client which cannot authenticate itself sends its client ID in the form.
        """
        log.debug("revoking a token")
        return self.post(
            "/v2/oauth2/token/revoke",
            data=self._token_form(token, body_params),
            encoding="form",
        )

    @t.overload
    def oauth2_token(
        self,
        form_data: dict[str, t.Any] | utils.PayloadWrapper,
    ) -> OAuthTokenResponse: ...

    @t.overload
    def oauth2_token(
        self,
        form_data: dict[str, t.Any] | utils.PayloadWrapper,
        *,
        body_params: dict[str, t.Any] | None,
    ) -> OAuthTokenResponse: ...

    @t.overload
    def oauth2_token(
        self,
        form_data: dict[str, t.Any] | utils.PayloadWrapper,
        *,
        response_class: type[RT],
    ) -> RT: ...

    @t.overload
    def oauth2_token(
        self,
        form_data: dict[str, t.Any] | utils.PayloadWrapper,
        *,
        body_params: dict[str, t.Any] | None,
        response_class: type[RT],
    ) -> RT: ...

    def oauth2_token(
        self,
        form_data: dict[str, t.Any] | utils.PayloadWrapper,
        *,
        body_params: dict[str, t.Any] | None = None,
        response_class: type[OAuthTokenResponse] | type[RT] = OAuthTokenResponse,
    ) -> OAuthTokenResponse | RT:
        """
        ``POST /v2/oauth2/token``: any token grant, with ``form_data`` (and
        ``body_params``) as the form.

        :param form_data: the grant's form fields
        :param body_params: other form fields
        :param response_class: the response type to return
        """
        data = dict(form_data)
        data.update(body_params or {})
        return response_class(
            self.post("/v2/oauth2/token", data=data, encoding="form"), client=self
        )


def _opt_commajoin(
    value: uuid.UUID | str | t.Iterable[uuid.UUID | str] | None,
) -> str | None:
    return None if value is None else utils.commajoin(value)
