"""``UserApp``: a GlobusApp which acts as a user who logs in."""

from __future__ import annotations

import typing as t

from globus_sdk.gare import GlobusAuthorizationParameters
from globus_sdk.login_flows import CommandLineLoginFlowManager, LoginFlowManager
from globus_sdk.scopes import Scope
from globus_sdk.services.auth import (
    AuthClient,
    AuthLoginClient,
    ConfidentialAppAuthClient,
    NativeAppAuthClient,
)
from globus_sdk.tokenstorage.v2.validating_token_storage import (
    HasRefreshTokensValidator,
    NotExpiredValidator,
    UnchangingIdentityIDValidator,
    ValidatingTokenStorage,
)

from .app import GlobusApp
from .authorizer_factory import (
    AccessTokenAuthorizerFactory,
    RefreshTokenAuthorizerFactory,
)
from .config import (
    DEFAULT_CONFIG,
    KNOWN_LOGIN_FLOW_MANAGERS,
    GlobusAppConfig,
    _resolve_provider,
)

if t.TYPE_CHECKING:
    import uuid

    from globus_sdk._types import ScopeCollectionType
    from globus_sdk.tokenstorage import TokenStorage

    from .protocols import LoginFlowManagerProvider


class UserApp(GlobusApp):
    """
    A :class:`GlobusApp` that acts as a user: the user logs in with a login flow (by
    default :class:`~globus_sdk.login_flows.CommandLineLoginFlowManager`), and the
    app's service clients act with the user's tokens.

    Usually built with a native client's ID (``client_id=``); with a
    ``client_secret`` it uses a confidential client (which needs
    ``config.login_redirect_uri`` for the command line flow).

    .. code-block:: python

        from globus_sdk import TransferClient, UserApp

        app = UserApp("my-app", client_id=NATIVE_CLIENT_ID)
        transfer = TransferClient(app=app)
        # the first request logs the user in (the tokens are kept for next time)
        for ep in transfer.endpoint_search("tutorial"):
            print(ep["display_name"])

    The stored tokens must belong to one identity (a login as another user is
    refused) and, unless ``config.request_refresh_tokens`` is set, be unexpired.

    :param app_name: a name for the app
    :param login_client: the app's native or confidential client, if already built
    :param client_id: the client ID of the app, to build its login client
    :param client_secret: the client secret, for a confidential client
    :param scope_requirements: scopes to require, by resource server
    :param config: the app's options
    :raises GlobusSDKUsageError: for an invalid combination of parameters
    """

    def __init__(
        self,
        app_name: str = "Unnamed Globus App",
        *,
        login_client: AuthLoginClient | None = None,
        client_id: uuid.UUID | str | None = None,
        client_secret: str | None = None,
        scope_requirements: t.Mapping[str, ScopeCollectionType] | None = None,
        config: GlobusAppConfig = DEFAULT_CONFIG,
    ) -> None:
        super().__init__(
            app_name,
            login_client=login_client,
            client_id=client_id,
            client_secret=client_secret,
            scope_requirements=scope_requirements,
            config=config,
        )
        self._login_flow_manager = self._resolve_login_flow_manager()

    def _initialize_login_client(
        self, client_id: uuid.UUID | str, client_secret: str | None
    ) -> AuthLoginClient:
        if client_secret:
            return ConfidentialAppAuthClient(
                client_id,
                client_secret,
                environment=self.config.environment,
                app_name=self.app_name,
            )
        return NativeAppAuthClient(
            client_id, environment=self.config.environment, app_name=self.app_name
        )

    def _resolve_login_flow_manager(self) -> LoginFlowManager:
        login_flow_manager = self.config.login_flow_manager
        if isinstance(login_flow_manager, LoginFlowManager):
            return login_flow_manager
        provider: LoginFlowManagerProvider = CommandLineLoginFlowManager
        if login_flow_manager is not None:
            provider = _resolve_provider(
                "login_flow_manager",
                "a LoginFlowManager",
                login_flow_manager,
                KNOWN_LOGIN_FLOW_MANAGERS,
            )
        return provider.for_globus_app(
            app_name=self.app_name, config=self.config, login_client=self._login_client
        )

    def _initialize_validating_token_storage(
        self,
        token_storage: TokenStorage,
        consent_client: AuthClient,
        scope_requirements: dict[str, list[Scope]],
    ) -> ValidatingTokenStorage:
        validating_token_storage = super()._initialize_validating_token_storage(
            token_storage, consent_client, scope_requirements
        )
        validating_token_storage.validators.append(UnchangingIdentityIDValidator())
        if self.config.request_refresh_tokens:
            validating_token_storage.validators.append(HasRefreshTokensValidator())
        else:
            validating_token_storage.validators.append(NotExpiredValidator())
        return validating_token_storage

    def _initialize_authorizer_factory(self) -> None:
        if self.config.request_refresh_tokens:
            self._authorizer_factory = RefreshTokenAuthorizerFactory(
                self.token_storage, self._login_client
            )
        else:
            self._authorizer_factory = AccessTokenAuthorizerFactory(self.token_storage)

    def _run_login_flow(
        self, auth_params: GlobusAuthorizationParameters | None = None
    ) -> None:
        """Run the login flow for every required scope, then store the tokens."""
        auth_params = self._auth_params_with_required_scopes(auth_params)
        token_res = self._login_flow_manager.run_login_flow(auth_params)
        self._store_login_response(token_res)

    def _auth_params_with_required_scopes(
        self, auth_params: GlobusAuthorizationParameters | None
    ) -> GlobusAuthorizationParameters:
        """
        A copy of ``auth_params`` (or new parameters) whose ``required_scopes`` are
        its own plus the app's, merged (one entry per scope string).
        """
        scopes: list[Scope] = [
            scope
            for scope_list in self._scope_requirements.values()
            for scope in scope_list
        ]
        if auth_params is None:
            auth_params = GlobusAuthorizationParameters()
        for scope_string in auth_params.required_scopes or ():
            scopes.extend(Scope.parse(scope_string))
        merged = Scope.parse(" ".join(str(scope) for scope in scopes))
        return GlobusAuthorizationParameters(
            session_message=auth_params.session_message,
            session_required_identities=auth_params.session_required_identities,
            session_required_policies=auth_params.session_required_policies,
            session_required_single_domain=auth_params.session_required_single_domain,
            session_required_mfa=auth_params.session_required_mfa,
            required_scopes=[str(scope) for scope in merged],
            prompt=auth_params.prompt,
            extra=auth_params.extra,
        )
