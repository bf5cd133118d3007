"""``ConfidentialAppAuthClient``: an application with a client ID and a secret."""

from __future__ import annotations

import logging
import typing as t
import uuid

from globus_sdk import exc, utils
from globus_sdk.authorizers import BasicAuthorizer
from globus_sdk.response import GlobusHTTPResponse
from globus_sdk.scopes import scopes_to_str
from globus_sdk.utils import MISSING, MissingType

from .._common import requested_scopes_string
from ..flow_managers import GlobusAuthorizationCodeFlowManager
from ..response import (
    GetIdentitiesResponse,
    OAuthClientCredentialsResponse,
    OAuthDependentTokenResponse,
)
from ._payloads import new_client_document, provision_value
from .base_login_client import AuthLoginClient

if t.TYPE_CHECKING:
    from globus_sdk._types import ScopeCollectionType

log = logging.getLogger(__name__)


class ConfidentialAppAuthClient(AuthLoginClient):
    """
    The client of a confidential application (a web service, a portal, an automated
    job): it authenticates to Globus Auth with HTTP Basic auth using its client ID and
    secret. It can run the authorization code flow for users
    (:meth:`oauth2_start_flow`), get tokens for itself (client credentials), exchange
    tokens it receives for dependent tokens, and introspect tokens.

    .. code-block:: python

        client = globus_sdk.ConfidentialAppAuthClient(CLIENT_ID, CLIENT_SECRET)
        tokens = client.oauth2_client_credentials_tokens(TransferScopes.all)

    :param client_id: the application's client ID
    :param client_secret: the application's client secret (never logged or shown)
    :param environment: the Globus environment (default: production)
    :param base_url: a different Auth URL
    :param app_name: a name for your application, sent in the User-Agent
    :param transport_params: options for the transport
    """

    def __init__(
        self,
        client_id: uuid.UUID | str,
        client_secret: str,
        environment: str | None = None,
        base_url: str | None = None,
        app_name: str | None = None,
        transport_params: dict[str, t.Any] | None = None,
    ) -> None:
        super().__init__(
            client_id=client_id,
            environment=environment,
            base_url=base_url,
            authorizer=BasicAuthorizer(str(client_id), client_secret),
            app_name=app_name,
            transport_params=transport_params,
        )

    def get_identities(
        self,
        *,
        usernames: t.Iterable[str] | str | None = None,
        ids: t.Iterable[uuid.UUID | str] | uuid.UUID | str | None = None,
        provision: bool = False,
        query_params: dict[str, t.Any] | None = None,
    ) -> GetIdentitiesResponse:
        """
        Deprecated: ``GET /v2/api/identities`` authenticated with the client's
        credentials. Get a token with :meth:`oauth2_client_credentials_tokens` and use
        :meth:`AuthClient.get_identities <globus_sdk.AuthClient.get_identities>`
        instead.
        """
        exc.warn_deprecated(
            "ConfidentialAppAuthClient.get_identities() is deprecated. Get a token "
            "with oauth2_client_credentials_tokens() and use AuthClient.get_identities()."
        )
        params = dict(query_params or {})
        if usernames is not None:
            params["usernames"] = utils.commajoin(usernames)
            params["provision"] = provision_value(provision)
        if ids is not None:
            params["ids"] = utils.commajoin(ids)
        return GetIdentitiesResponse(
            self.get("/v2/api/identities", query_params=params)
        )

    def oauth2_client_credentials_tokens(
        self,
        requested_scopes: ScopeCollectionType | None = None,
    ) -> OAuthClientCredentialsResponse:
        """
        ``POST /v2/oauth2/token`` (client credentials grant): tokens which represent
        the client itself.

        :param requested_scopes: the scopes to request (default: ``openid profile
            email`` and Transfer's ``all``)
        :raises GlobusSDKUsageError: if ``requested_scopes`` is empty
        """
        log.debug("requesting tokens with a client credentials grant")
        return self.oauth2_token(
            {
                "grant_type": "client_credentials",
                "scope": requested_scopes_string(requested_scopes),
            },
            response_class=OAuthClientCredentialsResponse,
        )

    def oauth2_start_flow(
        self,
        redirect_uri: str,
        requested_scopes: ScopeCollectionType | None = None,
        *,
        state: str = "_default",
        refresh_tokens: bool = False,
    ) -> GlobusAuthorizationCodeFlowManager:
        """
        Start an authorization code flow (replacing any flow in progress) and return
        its flow manager; continue with :meth:`oauth2_get_authorize_url` and
        :meth:`oauth2_exchange_code_for_tokens`.

        :param redirect_uri: where Globus Auth sends the user back with the code
        :param requested_scopes: the scopes to request (default: ``openid profile
            email`` and Transfer's ``all``)
        :param state: an opaque value passed through the flow
        :param refresh_tokens: request refresh tokens too
        """
        flow = GlobusAuthorizationCodeFlowManager(
            self,
            redirect_uri,
            requested_scopes=requested_scopes,
            state=state,
            refresh_tokens=refresh_tokens,
        )
        self.current_oauth2_flow_manager = flow
        return flow

    def oauth2_get_dependent_tokens(
        self,
        token: str,
        *,
        refresh_tokens: bool = False,
        scope: str | t.Iterable[str] | MissingType = MISSING,
        additional_params: dict[str, t.Any] | None = None,
    ) -> OAuthDependentTokenResponse:
        """
        ``POST /v2/oauth2/token`` (dependent token grant): exchange a token your
        service received for tokens for the services it depends on.

        :param token: the access token your service received
        :param refresh_tokens: request refresh tokens too (``access_type=offline``)
        :param scope: the dependent scopes to request (default: all of them)
        :param additional_params: other form fields
        """
        log.debug("requesting dependent tokens")
        form_data = {
            "grant_type": "urn:globus:auth:grant_type:dependent_token",
            "token": token,
            "access_type": "offline" if refresh_tokens else MISSING,
            "scope": scope if isinstance(scope, MissingType) else scopes_to_str(scope),
        }
        return self.oauth2_token(
            form_data,
            body_params=additional_params,
            response_class=OAuthDependentTokenResponse,
        )

    def oauth2_token_introspect(
        self,
        token: str,
        *,
        include: str | None = None,
        query_params: dict[str, t.Any] | None = None,
    ) -> GlobusHTTPResponse:
        """
        ``POST /v2/oauth2/token/introspect``: what a token is (``active``, ``scope``,
        ``client_id``, ``sub``, ``username``, ``exp``...).

        :param token: the token to inspect
        :param include: extra data to include, e.g. ``"identity_set"`` or
            ``"session_info"``
        :param query_params: query parameters of the request
        """
        body = {"token": token}
        if include is not None:
            body["include"] = include
        return self.post(
            "/v2/oauth2/token/introspect",
            data=body,
            encoding="form",
            query_params=query_params,
        )

    def create_child_client(
        self,
        name: str,
        *,
        public_client: bool | MissingType = MISSING,
        client_type: (
            t.Literal[
                "client_identity",
                "confidential_client",
                "globus_connect_server",
                "public_installed_client",
                "hybrid_confidential_client_resource_server",
                "resource_server",
            ]
            | MissingType
        ) = MISSING,
        visibility: t.Literal["public", "private"] | MissingType = MISSING,
        redirect_uris: t.Iterable[str] | MissingType = MISSING,
        terms_and_conditions: str | MissingType = MISSING,
        privacy_policy: str | MissingType = MISSING,
        required_idp: uuid.UUID | str | MissingType = MISSING,
        preselect_idp: uuid.UUID | str | MissingType = MISSING,
        additional_fields: dict[str, t.Any] | MissingType = MISSING,
    ) -> GlobusHTTPResponse:
        """
        ``POST /v2/api/clients``: register a client owned by this client (in no
        project). The parameters are those of
        :meth:`AuthClient.create_client <globus_sdk.AuthClient.create_client>`, less
        ``project``.
        """
        body = new_client_document(
            name,
            public_client=public_client,
            client_type=client_type,
            visibility=visibility,
            redirect_uris=redirect_uris,
            terms_and_conditions=terms_and_conditions,
            privacy_policy=privacy_policy,
            required_idp=required_idp,
            preselect_idp=preselect_idp,
            additional_fields=additional_fields,
        )
        return self.post("/v2/api/clients", data=body)
