"""``NativeAppAuthClient``: login flows of applications without a client secret."""

from __future__ import annotations

import logging
import typing as t
import uuid

from globus_sdk.authorizers import NullAuthorizer
from globus_sdk.response import GlobusHTTPResponse

from ..flow_managers import GlobusNativeAppFlowManager
from ..response import OAuthRefreshTokenResponse
from .base_login_client import AuthLoginClient

if t.TYPE_CHECKING:
    from globus_sdk._types import ScopeCollectionType

log = logging.getLogger(__name__)


class NativeAppAuthClient(AuthLoginClient):
    """
    The client of a native application (a command-line tool, a desktop or mobile
    app): it has a client ID but no secret, so it sends no ``Authorization`` header
    and puts its ``client_id`` in the forms it posts. Its login flow is secured with
    PKCE (:class:`GlobusNativeAppFlowManager`).

    .. code-block:: python

        client = globus_sdk.NativeAppAuthClient(CLIENT_ID)
        client.oauth2_start_flow(requested_scopes=TransferScopes.all, refresh_tokens=True)
        print("Log in at", client.oauth2_get_authorize_url())
        tokens = client.oauth2_exchange_code_for_tokens(input("Code: ").strip())

    :param client_id: the application's client ID
    :param environment: the Globus environment (default: production)
    :param base_url: a different Auth URL
    :param app_name: a name for your application, sent in the User-Agent
    :param transport_params: options for the transport
    """

    def __init__(
        self,
        client_id: uuid.UUID | str,
        environment: str | None = None,
        base_url: str | None = None,
        app_name: str | None = None,
        transport_params: dict[str, t.Any] | None = None,
    ) -> None:
        super().__init__(
            client_id=client_id,
            environment=environment,
            base_url=base_url,
            authorizer=NullAuthorizer(),
            app_name=app_name,
            transport_params=transport_params,
        )

    def oauth2_start_flow(
        self,
        requested_scopes: ScopeCollectionType | None = None,
        *,
        redirect_uri: str | None = None,
        state: str = "_default",
        verifier: str | None = None,
        refresh_tokens: bool = False,
        prefill_named_grant: str | None = None,
    ) -> GlobusNativeAppFlowManager:
        """
        Start a login flow (replacing any flow in progress) and return its flow
        manager; continue with :meth:`oauth2_get_authorize_url` and
        :meth:`oauth2_exchange_code_for_tokens`.

        :param requested_scopes: the scopes to request (default: ``openid profile
            email`` and Transfer's ``all``)
        :param redirect_uri: where Globus Auth sends the user back (default: a Globus
            Auth page which displays the code)
        :param state: an opaque value passed through the flow
        :param verifier: the PKCE code verifier (43-128 characters of
            ``A-Z a-z 0-9 - . _ ~``); random by default
        :param refresh_tokens: request refresh tokens too
        :param prefill_named_grant: a name for the grant, prefilled on the consent page
        """
        flow = GlobusNativeAppFlowManager(
            self,
            requested_scopes=requested_scopes,
            redirect_uri=redirect_uri,
            state=state,
            verifier=verifier,
            refresh_tokens=refresh_tokens,
            prefill_named_grant=prefill_named_grant,
        )
        self.current_oauth2_flow_manager = flow
        return flow

    def oauth2_refresh_token(
        self,
        refresh_token: str,
        *,
        body_params: dict[str, t.Any] | None = None,
    ) -> OAuthRefreshTokenResponse:
        """
        ``POST /v2/oauth2/token`` (refresh token grant, with the client ID in the form):
        new access tokens for a refresh token.
        """
        log.debug("refreshing tokens with a refresh token grant")
        form_data = {
            "refresh_token": refresh_token,
            "grant_type": "refresh_token",
            "client_id": self.client_id,
        }
        return self.oauth2_token(
            form_data, body_params=body_params, response_class=OAuthRefreshTokenResponse
        )

    def create_native_app_instance(
        self, template_id: uuid.UUID | str, name: str
    ) -> GlobusHTTPResponse:
        """
        ``POST /v2/api/clients``: create an instance of a native app template (a
        confidential client of its own, e.g. for one installation of the app).

        :param template_id: the client ID of the template
        :param name: the new instance's name
        """
        return self.post(
            "/v2/api/clients",
            data={"client": {"template_id": str(template_id), "name": name}},
        )
