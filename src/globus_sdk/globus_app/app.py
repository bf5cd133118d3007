"""``GlobusApp``: the base of the objects which manage an application's tokens."""

from __future__ import annotations

import abc
import copy
import logging
import threading
import typing as t

from globus_sdk.authorizers import GlobusAuthorizer
from globus_sdk.exc import GlobusSDKUsageError
from globus_sdk.scopes import AuthScopes, Scope, scopes_to_scope_list
from globus_sdk.services.auth import AuthClient, AuthLoginClient, IDTokenDecoder
from globus_sdk.tokenstorage import TokenStorage
from globus_sdk.tokenstorage.v2.validating_token_storage import (
    ScopeRequirementsValidator,
    TokenValidationError,
    ValidatingTokenStorage,
)

from .authorizer_factory import AuthorizerFactory
from .config import (
    DEFAULT_CONFIG,
    KNOWN_TOKEN_STORAGES,
    GlobusAppConfig,
    _resolve_provider,
)

if t.TYPE_CHECKING:
    import uuid

    from globus_sdk._types import ScopeCollectionType
    from globus_sdk.gare import GlobusAuthorizationParameters
    from globus_sdk.services.auth import OAuthTokenResponse

    from .protocols import IDTokenDecoderProvider

log = logging.getLogger(__name__)

_AUTH_RESOURCE_SERVER: str = AuthScopes.resource_server


class GlobusApp(metaclass=abc.ABCMeta):
    """
    The base class of :class:`UserApp` and :class:`ClientApp`: an application's
    identity (its client), its scope requirements, its token storage, and the
    authorizers that service clients get from it.

    Service clients created with ``app=`` register their scopes with the app and ask
    it for an authorizer on each request. The app reads the tokens from its storage
    (validated: present, unexpired, with the required scopes and consents, belonging
    to one identity); when they do not pass, it calls the configured
    ``token_validation_error_handler`` (by default: log in again) and tries once
    more.

    Exactly one of ``login_client`` and ``client_id`` must be given.

    :param app_name: a name for the app: it labels the token files, the grant and
        the ``User-Agent`` of its clients
    :param login_client: the Globus Auth client of the app, if already built (its
        environment must be ``config.environment``)
    :param client_id: the client ID of the app, to build its login client
    :param client_secret: the client secret, for a confidential client
    :param scope_requirements: scopes to require, by resource server, in addition to
        those of the clients attached later
    :param config: the app's options
    :raises GlobusSDKUsageError: for an invalid combination of parameters

    :ivar app_name: the name of the app
    :ivar client_id: the client ID of the app
    :ivar config: the app's options
    :ivar token_storage: the app's ``ValidatingTokenStorage`` (wrapping the storage
        chosen by ``config.token_storage``)
    """

    _login_client: AuthLoginClient
    _authorizer_factory: AuthorizerFactory[t.Any]

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
        if not isinstance(app_name, str):
            raise GlobusSDKUsageError(
                f"app_name must be a string, not {type(app_name).__name__}."
            )
        if not isinstance(config, GlobusAppConfig):
            raise GlobusSDKUsageError(
                f"config must be a GlobusAppConfig, not {type(config).__name__}."
            )
        self.app_name = app_name
        self.config = config
        # one login (or authorizer lookup) at a time; reentrant, as a login looks up
        # authorizers and validation may run a consent check
        self._lock = threading.RLock()
        # the tokens of the login being stored, for its consent check
        self._storing = threading.local()

        self.client_id, self._login_client = self._resolve_client_info(
            login_client=login_client, client_id=client_id, client_secret=client_secret
        )
        self._scope_requirements = _resolve_scope_requirements(scope_requirements)

        # consents are read as the app's user, who is identified with ``openid``
        self._scope_requirements.setdefault(_AUTH_RESOURCE_SERVER, []).append(
            Scope(AuthScopes.openid)
        )
        # Not ``AuthClient(app=self)``: the consents of a login are checked before
        # its tokens are stored, so they must be read with the login's own token, and
        # a failed lookup must not start another login (``get_authorizer`` would).
        consent_client = AuthClient(
            base_url=self._login_client.base_url,
            environment=self.config.environment,
            authorizer=_ConsentCheckAuthorizer(self),
            app_name=self.app_name,
        )
        self.token_storage = self._initialize_validating_token_storage(
            token_storage=self._resolve_token_storage(),
            consent_client=consent_client,
            scope_requirements=self._scope_requirements,
        )
        self.token_storage.id_token_decoder = self._resolve_id_token_decoder()

        self._initialize_authorizer_factory()

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(app_name={self.app_name!r}, "
            f"client_id={str(self.client_id)!r})"
        )

    # ---- construction

    def _resolve_client_info(
        self,
        *,
        login_client: AuthLoginClient | None,
        client_id: uuid.UUID | str | None,
        client_secret: str | None,
    ) -> tuple[uuid.UUID | str, AuthLoginClient]:
        """The client ID and login client, from exactly one of the two parameters."""
        if login_client is not None:
            if client_id is not None:
                raise GlobusSDKUsageError(
                    "Mutually exclusive parameters: client_id and login_client."
                )
            if client_secret is not None:
                raise GlobusSDKUsageError(
                    "Mutually exclusive parameters: client_secret and login_client."
                )
            if not isinstance(login_client, AuthLoginClient):
                raise GlobusSDKUsageError(
                    "login_client must be an AuthLoginClient (a NativeAppAuthClient "
                    f"or ConfidentialAppAuthClient), not {type(login_client).__name__}."
                )
            if login_client.client_id is None:
                raise GlobusSDKUsageError(
                    "A GlobusApp login_client must have a discoverable client_id."
                )
            if login_client.environment != self.config.environment:
                raise GlobusSDKUsageError(
                    "[Environment Mismatch] The login_client's environment "
                    f"({login_client.environment}) does not match the GlobusApp's "
                    f"configured environment ({self.config.environment})."
                )
            return login_client.client_id, login_client

        if client_id is None or client_id == "":
            raise GlobusSDKUsageError(
                "Could not set up a globus login client. One of client_id or "
                "login_client is required."
            )
        return client_id, self._initialize_login_client(client_id, client_secret)

    @abc.abstractmethod
    def _initialize_login_client(
        self, client_id: uuid.UUID | str, client_secret: str | None
    ) -> AuthLoginClient:
        """Build the login client of the app from its credentials."""

    def _resolve_token_storage(self) -> TokenStorage:
        """The storage named (or given, or provided) by ``config.token_storage``."""
        token_storage = self.config.token_storage
        if isinstance(token_storage, TokenStorage):
            return token_storage
        provider = _resolve_provider(
            "token_storage", "a TokenStorage", token_storage, KNOWN_TOKEN_STORAGES
        )
        # tokens of different environments must not mix
        namespace = "DEFAULT"
        if self.config.environment != "production":
            namespace = f"DEFAULT/{self.config.environment}"
        return provider.for_globus_app(
            client_id=self.client_id,
            app_name=self.app_name,
            config=self.config,
            namespace=namespace,
        )

    def _resolve_id_token_decoder(self) -> IDTokenDecoder:
        decoder = self.config.id_token_decoder
        if isinstance(decoder, IDTokenDecoder):
            return decoder
        provider: IDTokenDecoderProvider = _resolve_provider(
            "id_token_decoder", "an IDTokenDecoder", decoder, known={}
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
        """
        Wrap the storage with the validators of the app: the scope requirements
        (subclasses add their own validators).
        """
        validating_token_storage = ValidatingTokenStorage(token_storage)
        validating_token_storage.validators.append(
            ScopeRequirementsValidator(scope_requirements, consent_client)
        )
        return validating_token_storage

    @abc.abstractmethod
    def _initialize_authorizer_factory(self) -> None:
        """Set ``self._authorizer_factory``."""

    # ---- scope requirements

    @property
    def scope_requirements(self) -> dict[str, list[Scope]]:
        """
        A copy of the app's scope requirements, by resource server (changing it does
        not change the app: use :meth:`add_scope_requirements`).
        """
        with self._lock:
            return copy.deepcopy(self._scope_requirements)

    def add_scope_requirements(
        self, scope_requirements: t.Mapping[str, ScopeCollectionType]
    ) -> None:
        """
        Add scope requirements (duplicates are merged when scopes are requested).
        The next authorizer of an affected resource server is checked against them.

        :param scope_requirements: scopes (strings, ``Scope`` objects, or collections
            of them) by resource server
        """
        new_requirements = _resolve_scope_requirements(scope_requirements)
        with self._lock:
            for resource_server, scopes in new_requirements.items():
                self._scope_requirements.setdefault(resource_server, []).extend(scopes)
            self._authorizer_factory.clear_cache(*new_requirements)

    # ---- authorization

    def get_authorizer(self, resource_server: str) -> GlobusAuthorizer:
        """
        The authorizer for requests to ``resource_server`` (service clients call this
        on each request).

        If the stored tokens do not pass validation, the configured
        ``token_validation_error_handler`` is called (by default, it logs in again)
        and the lookup is tried once more.

        :param resource_server: the resource server the requests go to
        :raises TokenValidationError: if there is no handler, or the tokens still do
            not pass after it ran
        """
        authorizer: GlobusAuthorizer
        with self._lock:
            try:
                authorizer = self._authorizer_factory.get_authorizer(resource_server)
                return authorizer
            except TokenValidationError as e:
                handler = self.config.token_validation_error_handler
                if handler is None:
                    raise
                log.debug(
                    "tokens for %s failed validation (%s); calling the handler",
                    resource_server,
                    type(e).__name__,
                )
                handler(self, e)
                authorizer = self._authorizer_factory.get_authorizer(resource_server)
                return authorizer

    def login_required(self) -> bool:
        """
        Whether a login is needed to use every resource server under the current
        scope requirements: tokens are missing, lack scopes or consents, or have
        expired with no refresh token to renew them. (The error handler is not
        called.)
        """
        with self._lock:
            for resource_server in list(self._scope_requirements):
                try:
                    self._authorizer_factory.get_authorizer(resource_server)
                except TokenValidationError:
                    return True
            return False

    def login(
        self,
        *,
        auth_params: GlobusAuthorizationParameters | None = None,
        force: bool = False,
    ) -> None:
        """
        Log in (a login flow for a ``UserApp``, a client credentials grant for a
        ``ClientApp``) and store the tokens, if ``auth_params`` is given, ``force``
        is true, or :meth:`login_required` says so.

        :param auth_params: requirements of the login (additional scopes, session
            requirements such as identities, domains, policies or MFA), for example
            the ``authorization_parameters`` of a GARE
        :param force: log in even if the stored tokens would do
        :raises TokenValidationError: if the new tokens do not pass validation
        """
        with self._lock:
            if auth_params is not None or force or self.login_required():
                self._run_login_flow(auth_params)

    @abc.abstractmethod
    def _run_login_flow(
        self, auth_params: GlobusAuthorizationParameters | None = None
    ) -> None:
        """Get new tokens and store them."""

    def _store_login_response(self, token_res: OAuthTokenResponse) -> None:
        """
        Store the tokens of a login and forget the cached authorizers. While they are
        validated, the consent check may use their Globus Auth token.
        """
        self._storing.token_data = token_res.by_resource_server
        try:
            self._authorizer_factory.store_token_response_and_clear_cache(token_res)
        finally:
            self._storing.token_data = None

    def logout(self) -> None:
        """
        Revoke every stored token of the app (access and refresh tokens, with
        ``POST /v2/oauth2/token/revoke``) and remove them from the storage.

        The tokens are removed even if a revocation fails; the first such error is
        raised afterwards.
        """
        with self._lock:
            inner_storage = self.token_storage.token_storage
            first_error: Exception | None = None
            for (
                resource_server,
                token_data,
            ) in inner_storage.get_token_data_by_resource_server().items():
                for token in (token_data.access_token, token_data.refresh_token):
                    if not token:
                        continue
                    try:
                        self._login_client.oauth2_revoke_token(token)
                    except Exception as e:
                        log.debug("revoking a token of %s failed", resource_server)
                        first_error = first_error or e
                inner_storage.remove_token_data(resource_server)
            self._authorizer_factory.clear_cache()
            if first_error is not None:
                raise first_error

    # ---- consent checks

    def _consent_check_authorization_header(self) -> str | None:
        """
        The ``Authorization`` header with which the scope requirements validator
        reads the user's consents.

        While a login is stored, its consents are checked before its tokens are
        stored: they are read with the login's own Globus Auth token (the stored one,
        if any, may belong to another identity or be gone). Otherwise the app's
        authorizer for Globus Auth is used, which renews its token as needed.
        """
        pending: t.Mapping[str, t.Mapping[str, t.Any]] | None = getattr(
            self._storing, "token_data", None
        )
        if pending and _AUTH_RESOURCE_SERVER in pending:
            return f"Bearer {pending[_AUTH_RESOURCE_SERVER]['access_token']}"
        # not ``get_authorizer``: a validation error is the caller's to handle
        authorizer: GlobusAuthorizer = self._authorizer_factory.get_authorizer(
            _AUTH_RESOURCE_SERVER
        )
        return authorizer.get_authorization_header()


class _ConsentCheckAuthorizer(GlobusAuthorizer):
    """
    The authorizer of the app's consent client (the ``AuthClient`` with which the
    scope requirements validator reads the user's consents).
    """

    def __init__(self, app: GlobusApp) -> None:
        self._app = app

    def get_authorization_header(self) -> str | None:
        return self._app._consent_check_authorization_header()


def _resolve_scope_requirements(
    scope_requirements: t.Mapping[str, ScopeCollectionType] | None,
) -> dict[str, list[Scope]]:
    """Scope requirements as lists of ``Scope`` objects, by resource server."""
    if scope_requirements is None:
        return {}
    if not isinstance(scope_requirements, t.Mapping):
        raise GlobusSDKUsageError(
            "scope_requirements must be a mapping of resource server to scopes, not "
            f"{type(scope_requirements).__name__}."
        )
    resolved: dict[str, list[Scope]] = {}
    for resource_server, scopes in scope_requirements.items():
        if not isinstance(resource_server, str) or not resource_server:
            raise GlobusSDKUsageError(
                "scope_requirements must be keyed by resource server names (non-empty "
                f"strings), not {resource_server!r}."
            )
        resolved[resource_server] = scopes_to_scope_list(scopes)
    return resolved
