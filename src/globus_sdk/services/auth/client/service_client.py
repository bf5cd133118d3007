"""``AuthClient``: the Globus Auth API as a user (or a client acting as itself)."""

from __future__ import annotations

import typing as t
import uuid

from globus_sdk import exc, utils
from globus_sdk._internal.urls import quote_id
from globus_sdk.response import GlobusHTTPResponse
from globus_sdk.scopes import AuthScopes, Scope

from ..errors import AuthAPIError
from ..response import (
    GetConsentsResponse,
    GetIdentitiesResponse,
    GetIdentityProvidersResponse,
)
from ._clients_scopes import ClientsAndScopesMixin
from ._oidc import OpenIDDiscoveryMixin
from ._payloads import provision_value
from ._projects_policies import ProjectsAndPoliciesMixin

if t.TYPE_CHECKING:
    import globus_sdk
    from globus_sdk.authorizers import GlobusAuthorizer


class AuthClient(ClientsAndScopesMixin, ProjectsAndPoliciesMixin, OpenIDDiscoveryMixin):
    """
    A client for the `Globus Auth API <https://docs.globus.org/api/auth/reference/>`_:
    identities, identity providers, consents, user info, and the projects, policies,
    clients and scopes you administer.

    Give it an authorizer holding a token with Auth scopes (or a ``GlobusApp``):

    .. code-block:: python

        ac = globus_sdk.AuthClient(authorizer=globus_sdk.AccessTokenAuthorizer(token))
        for identity in ac.get_identities(usernames=["foo@globusid.org"]):
            print(identity["id"])

    To run login flows use :class:`NativeAppAuthClient` or
    :class:`ConfidentialAppAuthClient`.

    :param client_id: deprecated and unused
    :param environment: the Globus environment (default: production)
    :param base_url: a different Auth URL
    :param app: a ``GlobusApp`` which provides authorization (exclusive with
        ``authorizer``)
    :param app_scopes: the scopes to request through ``app``; default
        ``openid profile email``
    :param authorizer: the authorizer for requests
    :param app_name: a name for your application, sent in the User-Agent
    :param transport_params: options for the transport
    """

    service_name = "auth"
    error_class = AuthAPIError
    scopes = AuthScopes

    @utils.classproperty
    def default_scope_requirements(cls) -> list[Scope]:
        """``openid``, ``profile`` and ``email`` (a new list on each access)."""
        return [
            Scope(AuthScopes.openid),
            Scope(AuthScopes.profile),
            Scope(AuthScopes.email),
        ]

    def __init__(
        self,
        client_id: uuid.UUID | str | None = None,
        environment: str | None = None,
        base_url: str | None = None,
        app: globus_sdk.GlobusApp | None = None,
        app_scopes: list[Scope] | None = None,
        authorizer: GlobusAuthorizer | None = None,
        app_name: str | None = None,
        transport_params: dict[str, t.Any] | None = None,
    ) -> None:
        super().__init__(
            environment=environment,
            base_url=base_url,
            app=app,
            app_scopes=app_scopes,
            authorizer=authorizer,
            app_name=app_name,
            transport_params=transport_params,
        )
        self._client_id: str | None = None if client_id is None else str(client_id)
        if client_id is not None:
            exc.warn_deprecated(
                "The client_id parameter of AuthClient is deprecated and unused. "
                "Use NativeAppAuthClient or ConfidentialAppAuthClient for login flows."
            )

    @property
    def client_id(self) -> str | None:
        """Deprecated: the client ID given to the constructor."""
        exc.warn_deprecated("AuthClient.client_id is deprecated.")
        return self._client_id

    @client_id.setter
    def client_id(self, value: uuid.UUID | str | None) -> None:
        exc.warn_deprecated("AuthClient.client_id is deprecated.")
        self._client_id = None if value is None else str(value)

    # ---- identities

    def get_identities(
        self,
        *,
        usernames: t.Iterable[str] | str | None = None,
        ids: t.Iterable[uuid.UUID | str] | uuid.UUID | str | None = None,
        provision: bool = False,
        query_params: dict[str, t.Any] | None = None,
    ) -> GetIdentitiesResponse:
        """
        ``GET /v2/api/identities``: look up identities by username or by ID.

        .. code-block:: python

            r = ac.get_identities(usernames=["foo@globusid.org", "bar@uchicago.edu"])
            r = ac.get_identities(ids="46bd0f56-e24f-11e5-a510-131bef46955c")
            for identity in r:
                print(identity["username"], identity["id"])

        :param usernames: usernames, as an iterable or a comma-separated string
        :param ids: identity IDs, as an iterable or a comma-separated string
        :param provision: create identities for usernames Globus Auth does not know
            yet (sent with ``usernames`` only)
        :param query_params: other query parameters
        """
        params = dict(query_params or {})
        if usernames:
            params["usernames"] = utils.commajoin(usernames)
            params["provision"] = provision_value(provision)
        if ids:
            params["ids"] = utils.commajoin(ids)
        return GetIdentitiesResponse(
            self.get("/v2/api/identities", query_params=params)
        )

    def get_identity_providers(
        self,
        *,
        domains: t.Iterable[str] | str | None = None,
        ids: t.Iterable[uuid.UUID | str] | uuid.UUID | str | None = None,
        query_params: dict[str, t.Any] | None = None,
    ) -> GetIdentityProvidersResponse:
        """
        ``GET /v2/api/identity_providers``: identity providers by domain or by ID
        (not both); iterating the response yields them.
        """
        if domains is not None and ids is not None:
            raise exc.GlobusSDKUsageError(
                "AuthClient.get_identity_providers does not take both 'domains' and "
                "'ids'. These are mutually exclusive."
            )
        params = dict(query_params or {})
        if domains is not None:
            params["domains"] = utils.commajoin(domains)
        elif ids is not None:
            params["ids"] = utils.commajoin(ids)
        return GetIdentityProvidersResponse(
            self.get("/v2/api/identity_providers", query_params=params)
        )

    def get_consents(
        self, identity_id: uuid.UUID | str, *, all: bool = False
    ) -> GetConsentsResponse:
        """
        ``GET /v2/api/identities/{identity_id}/consents``: the consents of an identity;
        iterating the response yields them, ``to_forest()`` arranges them as trees.

        :param identity_id: the identity whose consents are listed
        :param all: list the consents of all the identities linked to it
        """
        return GetConsentsResponse(
            self.get(
                f"/v2/api/identities/{quote_id(identity_id)}/consents",
                query_params={"all": all},
            )
        )

    # ---- user info

    def userinfo(self) -> GlobusHTTPResponse:
        """
        ``GET /v2/oauth2/userinfo``: the OpenID Connect claims of the user the token
        belongs to (``sub``, and ``email``, ``name``, ``identity_set``... depending on
        the token's scopes).
        """
        return self.get("/v2/oauth2/userinfo")

    def oauth2_userinfo(self) -> GlobusHTTPResponse:
        """Deprecated alias of :meth:`userinfo`."""
        exc.warn_deprecated(
            "AuthClient.oauth2_userinfo() is deprecated; use AuthClient.userinfo()."
        )
        return self.userinfo()
