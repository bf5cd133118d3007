"""``ClientApp``: a GlobusApp which acts as its own (confidential) client."""

from __future__ import annotations

import logging
import typing as t

from globus_sdk.exc import GlobusSDKUsageError
from globus_sdk.scopes import Scope
from globus_sdk.services.auth import AuthLoginClient, ConfidentialAppAuthClient

from .app import GlobusApp
from .authorizer_factory import ClientCredentialsAuthorizerFactory
from .config import DEFAULT_CONFIG, GlobusAppConfig

if t.TYPE_CHECKING:
    import uuid

    from globus_sdk._types import ScopeCollectionType
    from globus_sdk.gare import GlobusAuthorizationParameters

log = logging.getLogger(__name__)


class ClientApp(GlobusApp):
    """
    A :class:`GlobusApp` that acts as a confidential client itself (a service
    account): tokens come from the client credentials grant, requested per resource
    server when a client first needs them and again when they expire. No user is
    involved.

    .. code-block:: python

        from globus_sdk import ClientApp, TransferClient

        app = ClientApp("my-service", client_id=CLIENT_ID, client_secret=CLIENT_SECRET)
        transfer = TransferClient(app=app)
        print(transfer.get_endpoint(ENDPOINT_ID)["display_name"])

    A ``ClientApp`` cannot use a login flow manager; ``request_refresh_tokens`` does
    not apply to it.

    :param app_name: a name for the app
    :param login_client: the app's confidential client, if already built
    :param client_id: the client ID of the app, to build its login client
    :param client_secret: the client secret (required with ``client_id``)
    :param scope_requirements: scopes to require, by resource server
    :param config: the app's options
    :raises GlobusSDKUsageError: for an invalid combination of parameters
    """

    _login_client: ConfidentialAppAuthClient

    def __init__(
        self,
        app_name: str = "Unnamed Globus App",
        *,
        login_client: ConfidentialAppAuthClient | None = None,
        client_id: uuid.UUID | str | None = None,
        client_secret: str | None = None,
        scope_requirements: dict[str, ScopeCollectionType] | None = None,
        config: GlobusAppConfig = DEFAULT_CONFIG,
    ) -> None:
        if (
            isinstance(config, GlobusAppConfig)
            and config.login_flow_manager is not None
        ):
            raise GlobusSDKUsageError("A ClientApp cannot use a login_flow_manager")
        if login_client is not None and not isinstance(
            login_client, ConfidentialAppAuthClient
        ):
            raise GlobusSDKUsageError(
                "A ClientApp must use a ConfidentialAppAuthClient for its login_client"
            )
        super().__init__(
            app_name,
            login_client=login_client,
            client_id=client_id,
            client_secret=client_secret,
            scope_requirements=scope_requirements,
            config=config,
        )

    def _initialize_login_client(
        self, client_id: uuid.UUID | str, client_secret: str | None
    ) -> AuthLoginClient:
        if not client_secret:
            raise GlobusSDKUsageError(
                "A ClientApp requires a client_secret to initialize its own login "
                "client"
            )
        return ConfidentialAppAuthClient(
            client_id,
            client_secret,
            environment=self.config.environment,
            app_name=self.app_name,
        )

    def _initialize_authorizer_factory(self) -> None:
        self._authorizer_factory = ClientCredentialsAuthorizerFactory(
            self.token_storage, self._login_client, self._scope_requirements
        )

    def _run_login_flow(
        self, auth_params: GlobusAuthorizationParameters | None = None
    ) -> None:
        """
        Get new tokens with the client credentials grant: one request per resource
        server (``POST /v2/oauth2/token``), plus one for the ``required_scopes`` of
        ``auth_params`` if any (its session requirements do not apply to a client).
        """
        scope_lists = [list(scopes) for scopes in self._scope_requirements.values()]
        if auth_params is not None and auth_params.required_scopes:
            scope_lists.append(
                [s for text in auth_params.required_scopes for s in Scope.parse(text)]
            )
        for scopes in scope_lists:
            if not scopes:
                continue
            token_res = self._login_client.oauth2_client_credentials_tokens(
                requested_scopes=Scope.parse(" ".join(str(s) for s in scopes))
            )
            self._store_login_response(token_res)
