"""TransferClient methods for endpoints and collections, their servers, activation,
subscriptions and bookmarks."""

from __future__ import annotations

import typing as t
import uuid

from globus_sdk import client, exc, paging, response
from globus_sdk._internal.urls import quote_id
from globus_sdk._types import IntLike

from ._common import bool_flag, get_page_size, query
from .response import ActivationRequirementsResponse, IterableTransferResponse

_GCSV4_ONLY = (
    "It only applies to Globus Connect Server version 4 endpoints, which are no "
    "longer supported."
)
_ACTIVATION_UNUSED = (
    "Endpoint activation is no longer used by the Transfer service; collections "
    "never need to be activated."
)


class _EndpointsMixin(client.BaseClient):
    """Endpoints, endpoint search, servers, activation, subscriptions, bookmarks."""

    # ---- endpoints and collections

    def get_endpoint(
        self,
        endpoint_id: uuid.UUID | str,
        *,
        query_params: dict[str, t.Any] | None = None,
    ) -> response.GlobusHTTPResponse:
        """
        ``GET /endpoint/<endpoint_id>``: the endpoint or collection document.

        :param endpoint_id: the ID of the endpoint or collection
        :param query_params: additional query parameters

        >>> tc = globus_sdk.TransferClient(...)
        >>> endpoint = tc.get_endpoint(endpoint_id)
        >>> print("Endpoint name:", endpoint["display_name"])
        """
        return self.get(f"/endpoint/{quote_id(endpoint_id)}", query_params=query_params)

    def update_endpoint(
        self,
        endpoint_id: uuid.UUID | str,
        data: dict[str, t.Any],
        *,
        query_params: dict[str, t.Any] | None = None,
    ) -> response.GlobusHTTPResponse:
        """
        ``PUT /endpoint/<endpoint_id>``: update fields of an endpoint or collection.

        An endpoint uses one identity provider for activation: setting
        ``myproxy_server`` also clears ``oauth_server`` and vice versa; setting both
        raises :class:`~globus_sdk.GlobusSDKUsageError`.

        :param endpoint_id: the ID of the endpoint or collection
        :param data: a partial endpoint document with the fields to update
        :param query_params: additional query parameters
        """
        data = dict(data)  # the caller's dict is left as it was
        if data.get("myproxy_server"):
            if data.get("oauth_server"):
                raise exc.GlobusSDKUsageError(
                    "an endpoint cannot be reconfigured to use multiple identity "
                    "providers for activation; specify either MyProxy or OAuth, "
                    "not both"
                )
            data["oauth_server"] = None
        elif data.get("oauth_server"):
            data["myproxy_server"] = None
        return self.put(
            f"/endpoint/{quote_id(endpoint_id)}", data=data, query_params=query_params
        )

    def create_endpoint(self, data: dict[str, t.Any]) -> response.GlobusHTTPResponse:
        """
        ``POST /endpoint``: create an endpoint (such as a Globus Connect Personal
        endpoint).

        :param data: an endpoint document for the new endpoint
        :raises GlobusSDKUsageError: if both ``myproxy_server`` and ``oauth_server``
            are set
        """
        if data.get("myproxy_server") and data.get("oauth_server"):
            raise exc.GlobusSDKUsageError(
                "an endpoint cannot be created using multiple identity providers for "
                "activation; specify either MyProxy or OAuth, not both"
            )
        return self.post("/endpoint", data=data)

    def delete_endpoint(
        self, endpoint_id: uuid.UUID | str
    ) -> response.GlobusHTTPResponse:
        """
        ``DELETE /endpoint/<endpoint_id>``: delete an endpoint.

        :param endpoint_id: the ID of the endpoint to delete
        """
        return self.delete(f"/endpoint/{quote_id(endpoint_id)}")

    @paging.has_paginator(
        paging.HasNextPaginator,
        items_key="DATA",
        get_page_size=get_page_size,
        max_total_results=1000,
        page_size=100,
    )
    def endpoint_search(
        self,
        filter_fulltext: str | None = None,
        *,
        filter_scope: str | None = None,
        filter_owner_id: str | None = None,
        filter_host_endpoint: uuid.UUID | str | None = None,
        filter_non_functional: bool | None = None,
        filter_entity_type: (
            t.Literal[
                "GCP_mapped_collection",
                "GCP_guest_collection",
                "GCSv5_endpoint",
                "GCSv5_mapped_collection",
                "GCSv5_guest_collection",
            ]
            | None
        ) = None,
        limit: int | None = None,
        offset: int | None = None,
        query_params: dict[str, t.Any] | None = None,
    ) -> IterableTransferResponse:
        """
        ``GET /endpoint_search``: search endpoints and collections; iterate the result
        for the matches (``DATA``).

        The service returns at most 1000 results for one search.
        ``client.paginated.endpoint_search(...)`` follows ``has_next_page``.

        :param filter_fulltext: the search text (may be omitted with some scopes)
        :param filter_scope: a named scope such as ``"my-endpoints"``,
            ``"shared-with-me"`` or ``"all"``
        :param filter_owner_id: only endpoints owned by this identity ID
        :param filter_host_endpoint: only collections hosted by this endpoint
        :param filter_non_functional: only endpoints whose ``non_functional`` flag has
            this value
        :param filter_entity_type: only endpoints of this entity type
        :param limit: the maximum number of results
        :param offset: the offset of the first result
        :param query_params: additional query parameters

        >>> for ep in tc.endpoint_search("tutorial", filter_scope="my-endpoints"):
        ...     print(ep["display_name"], ep["id"])
        """
        params = query(
            query_params,
            filter_fulltext=filter_fulltext,
            filter_scope=filter_scope,
            filter_owner_id=filter_owner_id,
            filter_host_endpoint=filter_host_endpoint,
            filter_non_functional=bool_flag(filter_non_functional),
            filter_entity_type=filter_entity_type,
            limit=limit,
            offset=offset,
        )
        return IterableTransferResponse(
            self.get("/endpoint_search", query_params=params)
        )

    # ---- activation (deprecated: activation is no longer used)

    def endpoint_autoactivate(
        self,
        endpoint_id: uuid.UUID | str,
        *,
        if_expires_in: int | None = None,
        query_params: dict[str, t.Any] | None = None,
    ) -> response.GlobusHTTPResponse:
        """
        ``POST /endpoint/<endpoint_id>/autoactivate``

        .. warning::
            Deprecated: endpoint activation is no longer used. Calling this
            method emits a ``RemovedInV4Warning``.

        :param endpoint_id: the endpoint to activate
        :param if_expires_in: only attempt activation if the current activation
            expires within this many seconds
        :param query_params: additional query parameters
        """
        exc.warn_deprecated(
            f"TransferClient.endpoint_autoactivate is deprecated. {_ACTIVATION_UNUSED}"
        )
        params = query(query_params, if_expires_in=if_expires_in)
        return self.post(
            f"/endpoint/{quote_id(endpoint_id)}/autoactivate", query_params=params
        )

    def endpoint_deactivate(
        self,
        endpoint_id: uuid.UUID | str,
        *,
        query_params: dict[str, t.Any] | None = None,
    ) -> response.GlobusHTTPResponse:
        """
        ``POST /endpoint/<endpoint_id>/deactivate``

        .. warning::
            Deprecated: endpoint activation is no longer used. Calling this
            method emits a ``RemovedInV4Warning``.

        :param endpoint_id: the endpoint to deactivate
        :param query_params: additional query parameters
        """
        exc.warn_deprecated(
            f"TransferClient.endpoint_deactivate is deprecated. {_ACTIVATION_UNUSED}"
        )
        return self.post(
            f"/endpoint/{quote_id(endpoint_id)}/deactivate", query_params=query_params
        )

    def endpoint_activate(
        self,
        endpoint_id: uuid.UUID | str,
        *,
        requirements_data: dict[str, t.Any] | None,
        query_params: dict[str, t.Any] | None = None,
    ) -> response.GlobusHTTPResponse:
        """
        ``POST /endpoint/<endpoint_id>/activate``

        .. warning::
            Deprecated: endpoint activation is no longer used. Calling this
            method emits a ``RemovedInV4Warning``.

        :param endpoint_id: the endpoint to activate
        :param requirements_data: filled-in activation requirements (as fetched with
            :meth:`endpoint_get_activation_requirements`), or ``None`` to send no body
        :param query_params: additional query parameters
        """
        exc.warn_deprecated(
            f"TransferClient.endpoint_activate is deprecated. {_ACTIVATION_UNUSED}"
        )
        return self.post(
            f"/endpoint/{quote_id(endpoint_id)}/activate",
            data=requirements_data,
            query_params=query_params,
        )

    def endpoint_get_activation_requirements(
        self,
        endpoint_id: uuid.UUID | str,
        *,
        query_params: dict[str, t.Any] | None = None,
    ) -> ActivationRequirementsResponse:
        """
        ``GET /endpoint/<endpoint_id>/activation_requirements``

        .. warning::
            Deprecated: endpoint activation is no longer used. Calling this
            method emits a ``RemovedInV4Warning``.

        :param endpoint_id: the endpoint whose activation requirements are fetched
        :param query_params: additional query parameters
        """
        exc.warn_deprecated(
            "TransferClient.endpoint_get_activation_requirements is deprecated. "
            f"{_ACTIVATION_UNUSED}"
        )
        return ActivationRequirementsResponse(
            self.get(
                f"/endpoint/{quote_id(endpoint_id)}/activation_requirements",
                query_params=query_params,
            )
        )

    def my_effective_pause_rule_list(
        self,
        endpoint_id: uuid.UUID | str,
        *,
        query_params: dict[str, t.Any] | None = None,
    ) -> IterableTransferResponse:
        """
        ``GET /endpoint/<endpoint_id>/my_effective_pause_rule_list``: the pause rules
        that apply to the current user on an endpoint.

        :param endpoint_id: the endpoint
        :param query_params: additional query parameters
        """
        return IterableTransferResponse(
            self.get(
                f"/endpoint/{quote_id(endpoint_id)}/my_effective_pause_rule_list",
                query_params=query_params,
            )
        )

    # ---- endpoint servers (deprecated: GCSv4 only)

    def endpoint_server_list(
        self,
        endpoint_id: uuid.UUID | str,
        *,
        query_params: dict[str, t.Any] | None = None,
    ) -> IterableTransferResponse:
        """
        ``GET /endpoint/<endpoint_id>/server_list``

        .. warning::
            Deprecated: servers exist only on Globus Connect Server version 4
            endpoints. Calling this method emits a ``RemovedInV4Warning``.

        :param endpoint_id: the endpoint whose servers are listed
        :param query_params: additional query parameters
        """
        exc.warn_deprecated(
            f"TransferClient.endpoint_server_list is deprecated. {_GCSV4_ONLY}"
        )
        return IterableTransferResponse(
            self.get(
                f"/endpoint/{quote_id(endpoint_id)}/server_list",
                query_params=query_params,
            )
        )

    def get_endpoint_server(
        self,
        endpoint_id: uuid.UUID | str,
        server_id: IntLike,
        *,
        query_params: dict[str, t.Any] | None = None,
    ) -> response.GlobusHTTPResponse:
        """
        ``GET /endpoint/<endpoint_id>/server/<server_id>``

        .. warning::
            Deprecated: servers exist only on Globus Connect Server version 4
            endpoints. Calling this method emits a ``RemovedInV4Warning``.

        :param endpoint_id: the endpoint the server belongs to
        :param server_id: the ID of the server
        :param query_params: additional query parameters
        """
        exc.warn_deprecated(
            f"TransferClient.get_endpoint_server is deprecated. {_GCSV4_ONLY}"
        )
        return self.get(
            f"/endpoint/{quote_id(endpoint_id)}/server/{quote_id(server_id)}",
            query_params=query_params,
        )

    def add_endpoint_server(
        self, endpoint_id: uuid.UUID | str, server_data: dict[str, t.Any]
    ) -> response.GlobusHTTPResponse:
        """
        ``POST /endpoint/<endpoint_id>/server``

        .. warning::
            Deprecated: servers exist only on Globus Connect Server version 4
            endpoints. Calling this method emits a ``RemovedInV4Warning``.

        :param endpoint_id: the endpoint the server is added to
        :param server_data: a server document
        """
        exc.warn_deprecated(
            f"TransferClient.add_endpoint_server is deprecated. {_GCSV4_ONLY}"
        )
        return self.post(f"/endpoint/{quote_id(endpoint_id)}/server", data=server_data)

    def update_endpoint_server(
        self,
        endpoint_id: uuid.UUID | str,
        server_id: IntLike,
        server_data: dict[str, t.Any],
    ) -> response.GlobusHTTPResponse:
        """
        ``PUT /endpoint/<endpoint_id>/server/<server_id>``

        .. warning::
            Deprecated: servers exist only on Globus Connect Server version 4
            endpoints. Calling this method emits a ``RemovedInV4Warning``.

        :param endpoint_id: the endpoint the server belongs to
        :param server_id: the ID of the server
        :param server_data: a partial server document with the fields to update
        """
        exc.warn_deprecated(
            f"TransferClient.update_endpoint_server is deprecated. {_GCSV4_ONLY}"
        )
        return self.put(
            f"/endpoint/{quote_id(endpoint_id)}/server/{quote_id(server_id)}",
            data=server_data,
        )

    def delete_endpoint_server(
        self, endpoint_id: uuid.UUID | str, server_id: IntLike
    ) -> response.GlobusHTTPResponse:
        """
        ``DELETE /endpoint/<endpoint_id>/server/<server_id>``

        .. warning::
            Deprecated: servers exist only on Globus Connect Server version 4
            endpoints. Calling this method emits a ``RemovedInV4Warning``.

        :param endpoint_id: the endpoint the server belongs to
        :param server_id: the ID of the server
        """
        exc.warn_deprecated(
            f"TransferClient.delete_endpoint_server is deprecated. {_GCSV4_ONLY}"
        )
        return self.delete(
            f"/endpoint/{quote_id(endpoint_id)}/server/{quote_id(server_id)}"
        )

    # ---- subscriptions

    def set_subscription_id(
        self,
        collection_id: uuid.UUID | str,
        subscription_id: uuid.UUID | str | t.Literal["DEFAULT"] | None,
    ) -> response.GlobusHTTPResponse:
        """
        ``PUT /endpoint/<collection_id>/subscription``: associate an endpoint or
        collection with a subscription.

        :param collection_id: the endpoint or collection
        :param subscription_id: a subscription ID; ``"DEFAULT"`` for the caller's only
            subscription; ``None`` to remove the subscription
        """
        return self.put(
            f"/endpoint/{quote_id(collection_id)}/subscription",
            data={"subscription_id": subscription_id},
        )

    def set_subscription_admin_verified(
        self,
        collection_id: uuid.UUID | str,
        subscription_admin_verified: bool,
    ) -> response.GlobusHTTPResponse:
        """
        ``PUT /endpoint/<collection_id>/subscription_admin_verified``: mark (or unmark)
        a collection as verified by a subscription administrator.

        :param collection_id: the endpoint or collection
        :param subscription_admin_verified: the verified status to set
        """
        return self.put(
            f"/endpoint/{quote_id(collection_id)}/subscription_admin_verified",
            data={"subscription_admin_verified": subscription_admin_verified},
        )

    # ---- bookmarks

    def bookmark_list(
        self, *, query_params: dict[str, t.Any] | None = None
    ) -> IterableTransferResponse:
        """
        ``GET /bookmark_list``: the current user's bookmarks (iterate for each one).

        :param query_params: additional query parameters
        """
        return IterableTransferResponse(
            self.get("/bookmark_list", query_params=query_params)
        )

    def create_bookmark(
        self, bookmark_data: dict[str, t.Any]
    ) -> response.GlobusHTTPResponse:
        """
        ``POST /bookmark``

        :param bookmark_data: a bookmark document (``endpoint_id``, ``path``, ``name``)
        """
        return self.post("/bookmark", data=bookmark_data)

    def get_bookmark(
        self,
        bookmark_id: uuid.UUID | str,
        *,
        query_params: dict[str, t.Any] | None = None,
    ) -> response.GlobusHTTPResponse:
        """
        ``GET /bookmark/<bookmark_id>``

        :param bookmark_id: the ID of the bookmark
        :param query_params: additional query parameters
        """
        return self.get(f"/bookmark/{quote_id(bookmark_id)}", query_params=query_params)

    def update_bookmark(
        self, bookmark_id: uuid.UUID | str, bookmark_data: dict[str, t.Any]
    ) -> response.GlobusHTTPResponse:
        """
        ``PUT /bookmark/<bookmark_id>``

        :param bookmark_id: the ID of the bookmark
        :param bookmark_data: the fields to update (such as ``name``)
        """
        return self.put(f"/bookmark/{quote_id(bookmark_id)}", data=bookmark_data)

    def delete_bookmark(
        self, bookmark_id: uuid.UUID | str
    ) -> response.GlobusHTTPResponse:
        """
        ``DELETE /bookmark/<bookmark_id>``

        :param bookmark_id: the ID of the bookmark
        """
        return self.delete(f"/bookmark/{quote_id(bookmark_id)}")
