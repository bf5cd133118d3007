"""
Authorizer factories: make (and cache) the authorizer of each resource server from
the tokens in a ``ValidatingTokenStorage``.

::

    AuthorizerFactory[GA] (abstract)
    ├── AccessTokenAuthorizerFactory        AccessTokenAuthorizer (no renewal)
    ├── RefreshTokenAuthorizerFactory       RefreshTokenAuthorizer
    └── ClientCredentialsAuthorizerFactory  ClientCredentialsAuthorizer
"""

from __future__ import annotations

import abc
import threading
import time
import typing as t

from globus_sdk.authorizers import (
    AccessTokenAuthorizer,
    ClientCredentialsAuthorizer,
    GlobusAuthorizer,
    RefreshTokenAuthorizer,
)
from globus_sdk.exc import GlobusSDKUsageError
from globus_sdk.tokenstorage import TokenStorageData
from globus_sdk.tokenstorage.v2.validating_token_storage import (
    ExpiredTokenError,
    MissingTokenError,
    ValidatingTokenStorage,
)

if t.TYPE_CHECKING:
    import globus_sdk
    from globus_sdk.scopes import Scope
    from globus_sdk.services.auth import OAuthTokenResponse

GA = t.TypeVar("GA", bound=GlobusAuthorizer)


class AuthorizerFactory(t.Generic[GA], metaclass=abc.ABCMeta):
    """
    Gives the authorizer of a resource server, made from the token data of a
    ``ValidatingTokenStorage`` (so the tokens meet its validators' requirements).

    Authorizers are cached per resource server until
    :meth:`store_token_response_and_clear_cache` or :meth:`clear_cache` is called.

    :param token_storage: the storage holding the tokens
    """

    def __init__(self, token_storage: ValidatingTokenStorage) -> None:
        self.token_storage = token_storage
        self._authorizer_cache: dict[str, GA] = {}
        self._lock = threading.RLock()

    def store_token_response_and_clear_cache(
        self, token_res: OAuthTokenResponse
    ) -> None:
        """
        Store a token response (validated by the storage) and forget every cached
        authorizer.

        Not needed when an authorizer of this factory renews its own tokens: those
        are stored by the authorizer's ``on_refresh`` callback.

        :param token_res: the token response to store
        :raises TokenValidationError: if the storage's validators reject the tokens
        """
        with self._lock:
            self.token_storage.store_token_response(token_res)
            self.clear_cache()

    def clear_cache(self, *resource_servers: str) -> None:
        """
        Forget the cached authorizers of ``resource_servers`` (all of them if none is
        given).
        """
        with self._lock:
            if resource_servers:
                for resource_server in resource_servers:
                    self._authorizer_cache.pop(resource_server, None)
            else:
                self._authorizer_cache.clear()

    def get_authorizer(self, resource_server: str) -> GA:
        """
        The cached authorizer of ``resource_server``, or a new one.

        :param resource_server: the resource server the authorizer is for
        :raises TokenValidationError: if the stored tokens cannot make one (missing,
            expired, lacking required scopes...)
        """
        with self._lock:
            if resource_server in self._authorizer_cache:
                return self._authorizer_cache[resource_server]
            authorizer = self._make_authorizer(resource_server)
            self._authorizer_cache[resource_server] = authorizer
            return authorizer

    @abc.abstractmethod
    def _make_authorizer(self, resource_server: str) -> GA:
        """Make the authorizer of ``resource_server`` from the stored tokens."""


class AccessTokenAuthorizerFactory(AuthorizerFactory[AccessTokenAuthorizer]):
    """
    Makes an :class:`~globus_sdk.AccessTokenAuthorizer` from the stored access token.
    Such an authorizer cannot renew its token: once the token has expired,
    :meth:`get_authorizer` raises ``ExpiredTokenError`` (a new login is needed).

    :param token_storage: the storage holding the tokens
    """

    def __init__(self, token_storage: ValidatingTokenStorage) -> None:
        super().__init__(token_storage)
        self._cached_authorizer_expiration: dict[str, int] = {}

    def clear_cache(self, *resource_servers: str) -> None:
        """
        Forget the cached authorizers of ``resource_servers`` (all if none is given).
        """
        with self._lock:
            super().clear_cache(*resource_servers)
            if resource_servers:
                for resource_server in resource_servers:
                    self._cached_authorizer_expiration.pop(resource_server, None)
            else:
                self._cached_authorizer_expiration.clear()

    def get_authorizer(self, resource_server: str) -> AccessTokenAuthorizer:
        """
        The cached authorizer of ``resource_server``, or a new one.

        :raises ExpiredTokenError: if the token of the cached authorizer has expired
        :raises TokenValidationError: if the stored tokens cannot make an authorizer
        """
        with self._lock:
            expiration = self._cached_authorizer_expiration.get(resource_server)
            if expiration is not None and expiration < time.time():
                raise ExpiredTokenError(expiration)
            return super().get_authorizer(resource_server)

    def _make_authorizer(self, resource_server: str) -> AccessTokenAuthorizer:
        token_data = self.token_storage.get_token_data(resource_server)
        self._cached_authorizer_expiration[resource_server] = (
            token_data.expires_at_seconds
        )
        return AccessTokenAuthorizer(token_data.access_token)


class RefreshTokenAuthorizerFactory(AuthorizerFactory[RefreshTokenAuthorizer]):
    """
    Makes a :class:`~globus_sdk.RefreshTokenAuthorizer` from the stored refresh token
    (and access token); renewed tokens are written back to the storage, which keeps
    their identity and (if not rotated) their refresh token.

    :param token_storage: the storage holding the tokens
    :param auth_login_client: the client which renews the tokens
    """

    def __init__(
        self,
        token_storage: ValidatingTokenStorage,
        auth_login_client: globus_sdk.AuthLoginClient,
    ) -> None:
        super().__init__(token_storage)
        self.auth_login_client = auth_login_client

    def _make_authorizer(self, resource_server: str) -> RefreshTokenAuthorizer:
        token_data = self.token_storage.get_token_data(resource_server)
        if token_data.refresh_token is None:
            raise MissingTokenError(
                f"No refresh_token for {resource_server}",
                resource_server=resource_server,
            )
        return RefreshTokenAuthorizer(
            token_data.refresh_token,
            self.auth_login_client,
            access_token=token_data.access_token,
            expires_at=token_data.expires_at_seconds,
            on_refresh=self.token_storage.store_token_response,
        )


class ClientCredentialsAuthorizerFactory(
    AuthorizerFactory[ClientCredentialsAuthorizer]
):
    """
    Makes a :class:`~globus_sdk.ClientCredentialsAuthorizer` which requests the
    scopes required for the resource server, starting from the stored access token
    if there is one; new tokens are written back to the storage.

    :param token_storage: the storage holding the tokens
    :param confidential_client: the client whose credentials get the tokens
    :param scope_requirements: the scopes required per resource server (read at
        each authorizer creation, so later additions apply after ``clear_cache``)
    """

    def __init__(
        self,
        token_storage: ValidatingTokenStorage,
        confidential_client: globus_sdk.ConfidentialAppAuthClient,
        scope_requirements: dict[str, list[globus_sdk.Scope]],
    ) -> None:
        super().__init__(token_storage)
        self.confidential_client = confidential_client
        self.scope_requirements = scope_requirements

    def _make_authorizer(self, resource_server: str) -> ClientCredentialsAuthorizer:
        scopes: list[Scope] | None = self.scope_requirements.get(resource_server)
        if not scopes:
            raise GlobusSDKUsageError(
                f"No scope requirements are registered for {resource_server!r}; "
                "add some (e.g. attach a client to the app) before requesting its "
                "authorizer."
            )
        # no stored token is fine: the authorizer gets one when first used
        token_data: TokenStorageData | None
        try:
            token_data = self.token_storage.get_token_data(resource_server)
        except MissingTokenError:
            token_data = None
        return ClientCredentialsAuthorizer(
            self.confidential_client,
            scopes,
            access_token=token_data.access_token if token_data else None,
            expires_at=token_data.expires_at_seconds if token_data else None,
            on_refresh=self.token_storage.store_token_response,
        )
