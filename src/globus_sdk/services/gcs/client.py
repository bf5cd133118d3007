"""``GCSClient``: the GCS Manager API of one Globus Connect Server endpoint."""

from __future__ import annotations

import typing as t
import uuid

from globus_sdk import client, exc, paging, response, scopes, utils
from globus_sdk._internal.urls import quote_id
from globus_sdk.scopes import GCSCollectionScopeBuilder, GCSEndpointScopeBuilder, Scope

from .connector_table import ConnectorTable
from .data import (
    CollectionDocument,
    EndpointDocument,
    GCSRoleDocument,
    StorageGatewayDocument,
    UserCredentialDocument,
)
from .errors import GCSAPIError
from .response import IterableGCSResponse, UnpackingGCSResponse

if t.TYPE_CHECKING:
    from globus_sdk.authorizers import GlobusAuthorizer
    from globus_sdk.globus_app import GlobusApp


def _gcs_api_url(gcs_address: str) -> str:
    """``https://<address>/api/`` from a DNS name or an HTTPS URL (with or without /api)."""
    if "://" not in gcs_address:
        return f"https://{gcs_address.strip('/')}/api/"
    if not gcs_address.lower().startswith("https://"):
        # the client sends credentials: never over plain HTTP
        raise exc.GlobusSDKUsageError(
            f"A GCS address must be a DNS name or an https:// URL, not {gcs_address!r}"
        )
    url = gcs_address.rstrip("/")
    if not url.endswith("/api"):
        url = f"{url}/api"
    return f"{url}/"


def _commajoin_opt(value: None | str | t.Iterable[t.Any]) -> str | utils.MissingType:
    return utils.MISSING if value is None else utils.commajoin(value)


def _opt(value: t.Any) -> t.Any:
    # None means "not given" for these query parameters
    return utils.MISSING if value is None else value


def _id_opt(value: uuid.UUID | str | None) -> str | utils.MissingType:
    return utils.MISSING if value is None else str(value)


class GCSClient(client.BaseClient):
    """
    Client for the GCS Manager API of one Globus Connect Server endpoint, which
    manages the endpoint, its storage gateways, collections, roles and user
    credentials.

    There is no central GCS API: each endpoint serves its own, so the client needs the
    endpoint's address. Its scopes are those of the endpoint
    (:meth:`get_gcs_endpoint_scopes`), whose client id the client reads from the
    endpoint's ``/api/info`` when it is first needed (:attr:`endpoint_client_id`).

    .. code-block:: python

        gcs = globus_sdk.GCSClient("abc.def.data.globus.org", authorizer=authorizer)
        for collection in gcs.get_collection_list():
            print(collection["id"], collection["display_name"])

    :param gcs_address: the endpoint's DNS name (``abc.def.data.globus.org``) or the
        HTTPS URL of its GCS Manager (``https://abc.def.data.globus.org/api``)

    The other parameters are those of :class:`~globus_sdk.BaseClient`.
    """

    service_name = "globus_connect_server"
    error_class = GCSAPIError

    def __init__(
        self,
        gcs_address: str,
        *,
        app: GlobusApp | None = None,
        app_scopes: list[Scope] | None = None,
        environment: str | None = None,
        authorizer: GlobusAuthorizer | None = None,
        app_name: str | None = None,
        transport_params: dict[str, t.Any] | None = None,
    ) -> None:
        self._endpoint_client_id: str | None = None
        super().__init__(
            base_url=_gcs_api_url(gcs_address),
            app=app,
            app_scopes=app_scopes,
            environment=environment,
            authorizer=authorizer,
            app_name=app_name,
            transport_params=transport_params,
        )

    # ---- identity and scopes

    @staticmethod
    def get_gcs_endpoint_scopes(
        endpoint_id: uuid.UUID | str,
    ) -> scopes.GCSEndpointScopeBuilder:
        """The scopes of the endpoint ``endpoint_id`` (e.g. ``manage_collections``)."""
        return GCSEndpointScopeBuilder(str(endpoint_id))

    @staticmethod
    def get_gcs_collection_scopes(
        collection_id: uuid.UUID | str,
    ) -> scopes.GCSCollectionScopeBuilder:
        """The scopes of the collection ``collection_id`` (``data_access``, ``https``)."""
        return GCSCollectionScopeBuilder(str(collection_id))

    @staticmethod
    def connector_id_to_name(connector_id: uuid.UUID | str) -> str | None:
        """
        The name of the connector with this id (``"POSIX"``), or None if it is not a
        known connector. See :class:`~globus_sdk.ConnectorTable`.
        """
        connector = ConnectorTable.lookup(connector_id)
        return connector.name if connector is not None else None

    @property
    def endpoint_client_id(self) -> str:
        """
        The endpoint's client id, which is its resource server: read from
        ``GET /api/info`` (without credentials) on first use, then remembered.
        """
        if self._endpoint_client_id is None:
            client_id = self.get_gcs_info().get("client_id")
            if not isinstance(client_id, str):
                raise exc.GlobusSDKUsageError(
                    f"The GCS Manager at {self.base_url} did not report a client_id "
                    "in its info document."
                )
            self._endpoint_client_id = client_id
        return self._endpoint_client_id

    @property
    def resource_server(self) -> str | None:
        """The endpoint's client id (see :attr:`endpoint_client_id`)."""
        return self.endpoint_client_id

    @property
    def default_scope_requirements(self) -> list[Scope]:
        """The endpoint's ``manage_collections`` scope."""
        return [
            Scope(GCSEndpointScopeBuilder(self.endpoint_client_id).manage_collections)
        ]

    # ---- endpoint

    def get_gcs_info(
        self, query_params: dict[str, t.Any] | None = None
    ) -> UnpackingGCSResponse:
        """
        ``GET /api/info``: the GCS Manager's version, domain name and client id. Sent
        without credentials (the info document is public).
        """
        return UnpackingGCSResponse(
            self.get("/info", query_params=query_params, automatic_authorization=False),
            "info",
        )

    def get_endpoint(
        self, query_params: dict[str, t.Any] | None = None
    ) -> UnpackingGCSResponse:
        """``GET /api/endpoint``: the endpoint document."""
        return UnpackingGCSResponse(
            self.get("/endpoint", query_params=query_params), "endpoint"
        )

    def update_endpoint(
        self,
        endpoint_data: dict[str, t.Any] | EndpointDocument,
        *,
        include: (
            t.Iterable[t.Literal["endpoint"]] | t.Literal["endpoint"] | None
        ) = None,
        query_params: dict[str, t.Any] | None = None,
    ) -> UnpackingGCSResponse:
        """
        ``PATCH /api/endpoint``: change the endpoint's fields.

        :param endpoint_data: the fields to change (an :class:`EndpointDocument` or a
            dict)
        :param include: ``"endpoint"`` to get the updated endpoint document back
        :param query_params: more query parameters
        """
        params = {"include": _commajoin_opt(include), **(query_params or {})}
        return UnpackingGCSResponse(
            self.patch("/endpoint", data=endpoint_data, query_params=params),
            "endpoint",
        )

    # ---- collections

    @paging.has_paginator(paging.MarkerPaginator, items_key="data")
    def get_collection_list(
        self,
        *,
        mapped_collection_id: uuid.UUID | str | None = None,
        filter: str | t.Iterable[str] | None = None,
        include: str | t.Iterable[str] | None = None,
        page_size: int | None = None,
        marker: str | None = None,
        query_params: dict[str, t.Any] | None = None,
    ) -> IterableGCSResponse:
        """
        ``GET /api/collections``: the endpoint's collections, one page.
        Paginated: ``client.paginated.get_collection_list(...)``.

        :param mapped_collection_id: only the guest collections of this mapped
            collection
        :param filter: ``mapped_collections``, ``guest_collections``,
            ``managed_by_me``, ``created_by_me`` (a string or an iterable)
        :param include: ``private_policies`` to include private policies
        :param page_size: the number of collections per page
        :param marker: where the page starts (from the previous page's ``marker``)
        :param query_params: more query parameters
        """
        params = {
            "mapped_collection_id": _id_opt(mapped_collection_id),
            "filter": _commajoin_opt(filter),
            "include": _commajoin_opt(include),
            "page_size": _opt(page_size),
            "marker": _opt(marker),
            **(query_params or {}),
        }
        return IterableGCSResponse(self.get("/collections", query_params=params))

    def get_collection(
        self,
        collection_id: uuid.UUID | str,
        *,
        query_params: dict[str, t.Any] | None = None,
    ) -> UnpackingGCSResponse:
        """``GET /api/collections/<collection_id>``: one collection."""
        return UnpackingGCSResponse(
            self.get(
                f"/collections/{quote_id(collection_id)}", query_params=query_params
            ),
            "collection",
        )

    def create_collection(
        self,
        collection_data: dict[str, t.Any] | CollectionDocument,
    ) -> UnpackingGCSResponse:
        """
        ``POST /api/collections``: create a mapped or guest collection. The caller
        gets the collection's ``administrator`` role.

        A mapped collection needs the ``owner`` or ``administrator`` role on the
        endpoint; a guest collection needs an identity the storage gateway accepts.

        :param collection_data: a :class:`MappedCollectionDocument`, a
            :class:`GuestCollectionDocument` or a dict
        """
        return UnpackingGCSResponse(
            self.post("/collections", data=collection_data), "collection"
        )

    def update_collection(
        self,
        collection_id: uuid.UUID | str,
        collection_data: dict[str, t.Any] | CollectionDocument,
        *,
        query_params: dict[str, t.Any] | None = None,
    ) -> UnpackingGCSResponse:
        """
        ``PATCH /api/collections/<collection_id>``: change a collection's fields.

        :param collection_data: the fields to change (a collection document or a dict)
        """
        return UnpackingGCSResponse(
            self.patch(
                f"/collections/{quote_id(collection_id)}",
                data=collection_data,
                query_params=query_params,
            ),
            "collection",
        )

    def delete_collection(
        self,
        collection_id: uuid.UUID | str,
        *,
        query_params: dict[str, t.Any] | None = None,
    ) -> response.GlobusHTTPResponse:
        """``DELETE /api/collections/<collection_id>``: delete a collection."""
        return self.delete(
            f"/collections/{quote_id(collection_id)}", query_params=query_params
        )

    # ---- storage gateways

    @paging.has_paginator(paging.MarkerPaginator, items_key="data")
    def get_storage_gateway_list(
        self,
        *,
        include: None | str | t.Iterable[str] = None,
        page_size: int | None = None,
        marker: str | None = None,
        query_params: dict[str, t.Any] | None = None,
    ) -> IterableGCSResponse:
        """
        ``GET /api/storage_gateways``: the endpoint's storage gateways, one page.
        Paginated: ``client.paginated.get_storage_gateway_list(...)``.

        :param include: ``private_policies`` to include private policies
        :param page_size: the number of storage gateways per page
        :param marker: where the page starts (from the previous page's ``marker``)
        :param query_params: more query parameters
        """
        params = {
            "include": _commajoin_opt(include),
            "page_size": _opt(page_size),
            "marker": _opt(marker),
            **(query_params or {}),
        }
        return IterableGCSResponse(self.get("/storage_gateways", query_params=params))

    def create_storage_gateway(
        self,
        data: dict[str, t.Any] | StorageGatewayDocument,
        *,
        query_params: dict[str, t.Any] | None = None,
    ) -> UnpackingGCSResponse:
        """
        ``POST /api/storage_gateways``: create a storage gateway.

        :param data: a :class:`StorageGatewayDocument` or a dict
        """
        return UnpackingGCSResponse(
            self.post("/storage_gateways", data=data, query_params=query_params),
            "storage_gateway",
        )

    def get_storage_gateway(
        self,
        storage_gateway_id: uuid.UUID | str,
        *,
        include: None | str | t.Iterable[str] = None,
        query_params: dict[str, t.Any] | None = None,
    ) -> UnpackingGCSResponse:
        """
        ``GET /api/storage_gateways/<storage_gateway_id>``: one storage gateway.

        :param include: ``private_policies`` to include private policies
        """
        params = {"include": _commajoin_opt(include), **(query_params or {})}
        return UnpackingGCSResponse(
            self.get(
                f"/storage_gateways/{quote_id(storage_gateway_id)}",
                query_params=params,
            ),
            "storage_gateway",
        )

    def update_storage_gateway(
        self,
        storage_gateway_id: uuid.UUID | str,
        data: dict[str, t.Any] | StorageGatewayDocument,
        *,
        query_params: dict[str, t.Any] | None = None,
    ) -> response.GlobusHTTPResponse:
        """
        ``PATCH /api/storage_gateways/<storage_gateway_id>``: change a storage
        gateway's fields.
        """
        return self.patch(
            f"/storage_gateways/{quote_id(storage_gateway_id)}",
            data=data,
            query_params=query_params,
        )

    def delete_storage_gateway(
        self,
        storage_gateway_id: str | uuid.UUID,
        *,
        query_params: dict[str, t.Any] | None = None,
    ) -> response.GlobusHTTPResponse:
        """``DELETE /api/storage_gateways/<storage_gateway_id>``."""
        return self.delete(
            f"/storage_gateways/{quote_id(storage_gateway_id)}",
            query_params=query_params,
        )

    # ---- roles

    @paging.has_paginator(paging.MarkerPaginator, items_key="data")
    def get_role_list(
        self,
        collection_id: uuid.UUID | str | None = None,
        include: str | None = None,
        page_size: int | None = None,
        marker: str | None = None,
        query_params: dict[str, t.Any] | None = None,
    ) -> IterableGCSResponse:
        """
        ``GET /api/roles``: role assignments, one page.
        Paginated: ``client.paginated.get_role_list(...)``.

        :param collection_id: only the roles on this collection (else endpoint roles)
        :param include: ``all_roles`` for every role, not only the caller's
        :param page_size: the number of roles per page
        :param marker: where the page starts (from the previous page's ``marker``)
        :param query_params: more query parameters
        """
        params = {
            "collection_id": _id_opt(collection_id),
            "include": _opt(include),
            "page_size": _opt(page_size),
            "marker": _opt(marker),
            **(query_params or {}),
        }
        return IterableGCSResponse(self.get("/roles", query_params=params))

    def create_role(
        self,
        data: dict[str, t.Any] | GCSRoleDocument,
        query_params: dict[str, t.Any] | None = None,
    ) -> UnpackingGCSResponse:
        """
        ``POST /api/roles``: grant a role.

        :param data: a :class:`GCSRoleDocument` or a dict
        """
        return UnpackingGCSResponse(
            self.post("/roles", data=data, query_params=query_params), "role"
        )

    def get_role(
        self,
        role_id: uuid.UUID | str,
        query_params: dict[str, t.Any] | None = None,
    ) -> UnpackingGCSResponse:
        """``GET /api/roles/<role_id>``: one role assignment."""
        return UnpackingGCSResponse(
            self.get(f"/roles/{quote_id(role_id)}", query_params=query_params), "role"
        )

    def delete_role(
        self,
        role_id: uuid.UUID | str,
        query_params: dict[str, t.Any] | None = None,
    ) -> response.GlobusHTTPResponse:
        """``DELETE /api/roles/<role_id>``: revoke a role."""
        return self.delete(f"/roles/{quote_id(role_id)}", query_params=query_params)

    # ---- user credentials

    @paging.has_paginator(paging.MarkerPaginator, items_key="data")
    def get_user_credential_list(
        self,
        storage_gateway: uuid.UUID | str | None = None,
        query_params: dict[str, t.Any] | None = None,
        page_size: int | None = None,
        marker: str | None = None,
    ) -> IterableGCSResponse:
        """
        ``GET /api/user_credentials``: the caller's user credentials, one page.
        Paginated: ``client.paginated.get_user_credential_list(...)``.

        :param storage_gateway: only the credentials for this storage gateway
        :param query_params: more query parameters
        :param page_size: the number of credentials per page
        :param marker: where the page starts (from the previous page's ``marker``)
        """
        params = {
            "storage_gateway": _id_opt(storage_gateway),
            "page_size": _opt(page_size),
            "marker": _opt(marker),
            **(query_params or {}),
        }
        return IterableGCSResponse(self.get("/user_credentials", query_params=params))

    def create_user_credential(
        self,
        data: dict[str, t.Any] | UserCredentialDocument,
        query_params: dict[str, t.Any] | None = None,
    ) -> UnpackingGCSResponse:
        """
        ``POST /api/user_credentials``: register a user credential.

        :param data: a :class:`UserCredentialDocument` or a dict
        """
        return UnpackingGCSResponse(
            self.post("/user_credentials", data=data, query_params=query_params),
            "user_credential",
        )

    def get_user_credential(
        self,
        user_credential_id: uuid.UUID | str,
        query_params: dict[str, t.Any] | None = None,
    ) -> UnpackingGCSResponse:
        """``GET /api/user_credentials/<user_credential_id>``: one user credential."""
        return UnpackingGCSResponse(
            self.get(
                f"/user_credentials/{quote_id(user_credential_id)}",
                query_params=query_params,
            ),
            "user_credential",
        )

    def update_user_credential(
        self,
        user_credential_id: uuid.UUID | str,
        data: dict[str, t.Any] | UserCredentialDocument,
        query_params: dict[str, t.Any] | None = None,
    ) -> UnpackingGCSResponse:
        """
        ``PATCH /api/user_credentials/<user_credential_id>``: change a user
        credential's fields.
        """
        return UnpackingGCSResponse(
            self.patch(
                f"/user_credentials/{quote_id(user_credential_id)}",
                data=data,
                query_params=query_params,
            ),
            "user_credential",
        )

    def delete_user_credential(
        self,
        user_credential_id: uuid.UUID | str,
        query_params: dict[str, t.Any] | None = None,
    ) -> response.GlobusHTTPResponse:
        """``DELETE /api/user_credentials/<user_credential_id>``."""
        return self.delete(
            f"/user_credentials/{quote_id(user_credential_id)}",
            query_params=query_params,
        )
