"""Clients, client credentials and scopes: the ``AuthClient`` methods under
``/v2/api/clients`` and ``/v2/api/scopes``."""

from __future__ import annotations

import typing as t
import uuid

from globus_sdk import client, exc, utils
from globus_sdk._internal.urls import quote_id
from globus_sdk.response import GlobusHTTPResponse, IterableResponse
from globus_sdk.utils import MISSING, MissingType

from ..data import DependentScopeSpec
from ..response import (
    GetClientCredentialsResponse,
    GetClientsResponse,
    GetScopesResponse,
)
from ._payloads import client_update_document, new_client_document, opt_list


def _scope_document(
    *,
    name: str | MissingType = MISSING,
    description: str | MissingType = MISSING,
    scope_suffix: str | MissingType = MISSING,
    required_domains: t.Iterable[str] | MissingType = MISSING,
    dependent_scopes: t.Iterable[DependentScopeSpec] | MissingType = MISSING,
    advertised: bool | MissingType = MISSING,
    allows_refresh_token: bool | MissingType = MISSING,
) -> dict[str, t.Any]:
    return {
        "scope": {
            "name": name,
            "description": description,
            "scope_suffix": scope_suffix,
            "advertised": advertised,
            "allows_refresh_token": allows_refresh_token,
            "required_domains": opt_list(required_domains),
            "dependent_scopes": opt_list(dependent_scopes),
        }
    }


class ClientsAndScopesMixin(client.BaseClient):
    # ---- clients

    def get_client(
        self,
        *,
        client_id: uuid.UUID | str | MissingType = MISSING,
        fqdn: str | MissingType = MISSING,
    ) -> GlobusHTTPResponse:
        """
        One client you own: ``GET /v2/api/clients/{client_id}``, or
        ``GET /v2/api/clients?fqdn=...`` to find a client by its domain name.
        Exactly one of ``client_id`` and ``fqdn`` must be given.
        """
        if (client_id is MISSING) == (fqdn is MISSING):
            raise exc.GlobusSDKUsageError(
                "Exactly one of client_id or fqdn must be given."
            )
        if client_id is not MISSING:
            return self.get(f"/v2/api/clients/{quote_id(client_id)}")
        return self.get("/v2/api/clients", query_params={"fqdn": fqdn})

    def get_clients(self) -> IterableResponse:
        """
        ``GET /v2/api/clients``: the clients you own; iterating the response yields
        them.
        """
        return GetClientsResponse(self.get("/v2/api/clients"))

    def create_client(
        self,
        name: str,
        project: uuid.UUID | str,
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
        visibility: MissingType | t.Literal["public", "private"] = MISSING,
        redirect_uris: t.Iterable[str] | MissingType = MISSING,
        terms_and_conditions: str | MissingType = MISSING,
        privacy_policy: str | MissingType = MISSING,
        required_idp: uuid.UUID | str | MissingType = MISSING,
        preselect_idp: uuid.UUID | str | MissingType = MISSING,
        additional_fields: dict[str, t.Any] | MissingType = MISSING,
    ) -> GlobusHTTPResponse:
        """
        ``POST /v2/api/clients``: register a client in a project.

        :param name: the client's name, shown to users
        :param project: the project the client belongs to
        :param public_client: True for a native app, False for a confidential client
            (give this or ``client_type``, not both)
        :param client_type: the kind of client (give this or ``public_client``)
        :param visibility: ``"public"`` or ``"private"``
        :param redirect_uris: the URIs Globus Auth may redirect users to
        :param terms_and_conditions: URL of the terms and conditions (give it together
            with ``privacy_policy``)
        :param privacy_policy: URL of the privacy policy (give it together with
            ``terms_and_conditions``)
        :param required_idp: the identity provider users must log in with
        :param preselect_idp: the identity provider selected on the login page
        :param additional_fields: other fields of the client document
        """
        body = new_client_document(
            name,
            project=project,
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

    def update_client(
        self,
        client_id: uuid.UUID | str,
        *,
        name: str | MissingType = MISSING,
        visibility: MissingType | t.Literal["public", "private"] = MISSING,
        redirect_uris: t.Iterable[str] | MissingType = MISSING,
        terms_and_conditions: str | None | MissingType = MISSING,
        privacy_policy: str | None | MissingType = MISSING,
        required_idp: uuid.UUID | str | None | MissingType = MISSING,
        preselect_idp: uuid.UUID | str | None | MissingType = MISSING,
        additional_fields: dict[str, t.Any] | MissingType = MISSING,
    ) -> GlobusHTTPResponse:
        """
        ``PUT /v2/api/clients/{client_id}``: change the given fields of a client.
        ``None`` clears a link or identity provider; the two links are given (or
        cleared) together.
        """
        body = client_update_document(
            name=name,
            visibility=visibility,
            redirect_uris=redirect_uris,
            terms_and_conditions=terms_and_conditions,
            privacy_policy=privacy_policy,
            required_idp=required_idp,
            preselect_idp=preselect_idp,
            additional_fields=additional_fields,
        )
        return self.put(f"/v2/api/clients/{quote_id(client_id)}", data=body)

    def delete_client(self, client_id: uuid.UUID | str) -> GlobusHTTPResponse:
        """``DELETE /v2/api/clients/{client_id}``: delete a client."""
        return self.delete(f"/v2/api/clients/{quote_id(client_id)}")

    # ---- client credentials

    def get_client_credentials(self, client_id: uuid.UUID | str) -> IterableResponse:
        """
        ``GET /v2/api/clients/{client_id}/credentials``: the credentials of a client
        (without their secrets); iterating the response yields them.
        """
        return GetClientCredentialsResponse(
            self.get(f"/v2/api/clients/{quote_id(client_id)}/credentials")
        )

    def create_client_credential(
        self, client_id: uuid.UUID | str, name: str
    ) -> GlobusHTTPResponse:
        """
        ``POST /v2/api/clients/{client_id}/credentials``: create a credential (a
        client secret, returned only in this response) for a client.
        """
        return self.post(
            f"/v2/api/clients/{quote_id(client_id)}/credentials",
            data={"credential": {"name": name}},
        )

    def delete_client_credential(
        self, client_id: uuid.UUID | str, credential_id: uuid.UUID | str
    ) -> GlobusHTTPResponse:
        """``DELETE /v2/api/clients/{client_id}/credentials/{credential_id}``."""
        return self.delete(
            f"/v2/api/clients/{quote_id(client_id)}/credentials/{quote_id(credential_id)}"
        )

    # ---- scopes

    def get_scope(self, scope_id: uuid.UUID | str) -> GlobusHTTPResponse:
        """``GET /v2/api/scopes/{scope_id}``: one scope."""
        return self.get(f"/v2/api/scopes/{quote_id(scope_id)}")

    def get_scopes(
        self,
        *,
        scope_strings: t.Iterable[str] | str | MissingType = MISSING,
        ids: t.Iterable[uuid.UUID | str] | uuid.UUID | str | MissingType = MISSING,
        query_params: dict[str, t.Any] | MissingType = MISSING,
    ) -> IterableResponse:
        """
        ``GET /v2/api/scopes``: scopes by scope string or by ID (not both), or the
        scopes of your clients; iterating the response yields them.
        """
        if scope_strings is not MISSING and ids is not MISSING:
            raise exc.GlobusSDKUsageError(
                "scope_strings and ids are mutually exclusive"
            )
        params: dict[str, t.Any] = (
            {} if isinstance(query_params, MissingType) else dict(query_params)
        )
        if not isinstance(scope_strings, MissingType):
            params["scope_strings"] = utils.commajoin(scope_strings)
        if not isinstance(ids, MissingType):
            params["ids"] = utils.commajoin(ids)
        return GetScopesResponse(self.get("/v2/api/scopes", query_params=params))

    def create_scope(
        self,
        client_id: uuid.UUID | str,
        name: str,
        description: str,
        scope_suffix: str,
        *,
        required_domains: t.Iterable[str] | MissingType = MISSING,
        dependent_scopes: t.Iterable[DependentScopeSpec] | MissingType = MISSING,
        advertised: bool | MissingType = MISSING,
        allows_refresh_token: bool | MissingType = MISSING,
    ) -> GlobusHTTPResponse:
        """
        ``POST /v2/api/clients/{client_id}/scopes``: create a scope for a client.

        :param client_id: the client (resource server) the scope belongs to
        :param name: the scope's name, shown on consent pages
        :param description: the scope's description
        :param scope_suffix: the last part of the scope string
        :param required_domains: identity domains a user must have to consent
        :param dependent_scopes: scopes this scope depends on
        :param advertised: list the scope publicly
        :param allows_refresh_token: allow refresh tokens for the scope
        """
        body = _scope_document(
            name=name,
            description=description,
            scope_suffix=scope_suffix,
            required_domains=required_domains,
            dependent_scopes=dependent_scopes,
            advertised=advertised,
            allows_refresh_token=allows_refresh_token,
        )
        return self.post(f"/v2/api/clients/{quote_id(client_id)}/scopes", data=body)

    def update_scope(
        self,
        scope_id: uuid.UUID | str,
        *,
        name: str | MissingType = MISSING,
        description: str | MissingType = MISSING,
        scope_suffix: str | MissingType = MISSING,
        required_domains: t.Iterable[str] | MissingType = MISSING,
        dependent_scopes: t.Iterable[DependentScopeSpec] | MissingType = MISSING,
        advertised: bool | MissingType = MISSING,
        allows_refresh_token: bool | MissingType = MISSING,
    ) -> GlobusHTTPResponse:
        """``PUT /v2/api/scopes/{scope_id}``: change the given fields of a scope."""
        body = _scope_document(
            name=name,
            description=description,
            scope_suffix=scope_suffix,
            required_domains=required_domains,
            dependent_scopes=dependent_scopes,
            advertised=advertised,
            allows_refresh_token=allows_refresh_token,
        )
        return self.put(f"/v2/api/scopes/{quote_id(scope_id)}", data=body)

    def delete_scope(self, scope_id: uuid.UUID | str) -> GlobusHTTPResponse:
        """``DELETE /v2/api/scopes/{scope_id}``: delete a scope."""
        return self.delete(f"/v2/api/scopes/{quote_id(scope_id)}")
