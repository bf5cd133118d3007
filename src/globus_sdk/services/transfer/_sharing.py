"""TransferClient methods for sharing: shared endpoints (guest collections), endpoint
roles and access rules (ACLs)."""

from __future__ import annotations

import typing as t
import uuid

from globus_sdk import client, paging, response
from globus_sdk._internal.urls import quote_id

from ._common import query
from .response import IterableTransferResponse


class _SharingMixin(client.BaseClient):
    """Shared endpoints, endpoint roles and endpoint access rules."""

    # ---- shared endpoints

    def my_shared_endpoint_list(
        self,
        endpoint_id: uuid.UUID | str,
        *,
        query_params: dict[str, t.Any] | None = None,
    ) -> IterableTransferResponse:
        """
        ``GET /endpoint/<endpoint_id>/my_shared_endpoint_list``: the shared endpoints
        on a host endpoint on which the current user is an ``administrator`` or
        ``access_manager``.

        :param endpoint_id: the host endpoint
        :param query_params: additional query parameters
        """
        return IterableTransferResponse(
            self.get(
                f"/endpoint/{quote_id(endpoint_id)}/my_shared_endpoint_list",
                query_params=query_params,
            )
        )

    @paging.has_paginator(paging.NextTokenPaginator, items_key="shared_endpoints")
    def get_shared_endpoint_list(
        self,
        endpoint_id: uuid.UUID | str,
        *,
        max_results: int | None = None,
        next_token: str | None = None,
        query_params: dict[str, t.Any] | None = None,
    ) -> IterableTransferResponse:
        """
        ``GET /endpoint/<endpoint_id>/shared_endpoint_list``: every shared endpoint on
        a host endpoint; iterate the result for them (``shared_endpoints``).

        ``client.paginated.get_shared_endpoint_list(...)`` follows ``next_token``.

        :param endpoint_id: the host endpoint
        :param max_results: the maximum number of results in one page
        :param next_token: the token of the page to fetch
        :param query_params: additional query parameters
        """
        params = query(query_params, max_results=max_results, next_token=next_token)
        return IterableTransferResponse(
            self.get(
                f"/endpoint/{quote_id(endpoint_id)}/shared_endpoint_list",
                query_params=params,
            ),
            iter_key="shared_endpoints",
        )

    def create_shared_endpoint(
        self, data: dict[str, t.Any]
    ) -> response.GlobusHTTPResponse:
        """
        ``POST /shared_endpoint``: create a shared endpoint on a host endpoint.

        :param data: a ``shared_endpoint`` document (``host_endpoint``, ``host_path``,
            ``display_name`` and optional endpoint fields)

        >>> result = tc.create_shared_endpoint(
        ...     {
        ...         "DATA_TYPE": "shared_endpoint",
        ...         "host_endpoint": host_endpoint_id,
        ...         "host_path": "/~/shared/",
        ...         "display_name": "my share",
        ...     }
        ... )
        >>> share_id = result["id"]
        """
        return self.post("/shared_endpoint", data=data)

    # ---- endpoint roles

    def endpoint_role_list(
        self,
        endpoint_id: uuid.UUID | str,
        *,
        query_params: dict[str, t.Any] | None = None,
    ) -> IterableTransferResponse:
        """
        ``GET /endpoint/<endpoint_id>/role_list``: the roles on an endpoint (iterate
        for each one).

        :param endpoint_id: the endpoint
        :param query_params: additional query parameters
        """
        return IterableTransferResponse(
            self.get(
                f"/endpoint/{quote_id(endpoint_id)}/role_list",
                query_params=query_params,
            )
        )

    def add_endpoint_role(
        self, endpoint_id: uuid.UUID | str, role_data: dict[str, t.Any]
    ) -> response.GlobusHTTPResponse:
        """
        ``POST /endpoint/<endpoint_id>/role``: grant a role on an endpoint.

        :param endpoint_id: the endpoint
        :param role_data: a ``role`` document (``principal_type``, ``principal``,
            ``role``)
        """
        return self.post(f"/endpoint/{quote_id(endpoint_id)}/role", data=role_data)

    def get_endpoint_role(
        self,
        endpoint_id: uuid.UUID | str,
        role_id: str,
        *,
        query_params: dict[str, t.Any] | None = None,
    ) -> response.GlobusHTTPResponse:
        """
        ``GET /endpoint/<endpoint_id>/role/<role_id>``

        :param endpoint_id: the endpoint
        :param role_id: the ID of the role
        :param query_params: additional query parameters
        """
        return self.get(
            f"/endpoint/{quote_id(endpoint_id)}/role/{quote_id(role_id)}",
            query_params=query_params,
        )

    def delete_endpoint_role(
        self, endpoint_id: uuid.UUID | str, role_id: str
    ) -> response.GlobusHTTPResponse:
        """
        ``DELETE /endpoint/<endpoint_id>/role/<role_id>``

        :param endpoint_id: the endpoint
        :param role_id: the ID of the role to remove
        """
        return self.delete(
            f"/endpoint/{quote_id(endpoint_id)}/role/{quote_id(role_id)}"
        )

    # ---- endpoint access rules (ACLs)

    def endpoint_acl_list(
        self,
        endpoint_id: uuid.UUID | str,
        *,
        query_params: dict[str, t.Any] | None = None,
    ) -> IterableTransferResponse:
        """
        ``GET /endpoint/<endpoint_id>/access_list``: the access rules of an endpoint
        or guest collection (iterate for each one).

        :param endpoint_id: the endpoint or collection
        :param query_params: additional query parameters
        """
        return IterableTransferResponse(
            self.get(
                f"/endpoint/{quote_id(endpoint_id)}/access_list",
                query_params=query_params,
            )
        )

    def get_endpoint_acl_rule(
        self,
        endpoint_id: uuid.UUID | str,
        rule_id: str,
        *,
        query_params: dict[str, t.Any] | None = None,
    ) -> response.GlobusHTTPResponse:
        """
        ``GET /endpoint/<endpoint_id>/access/<rule_id>``

        :param endpoint_id: the endpoint or collection
        :param rule_id: the ID of the access rule
        :param query_params: additional query parameters
        """
        return self.get(
            f"/endpoint/{quote_id(endpoint_id)}/access/{quote_id(rule_id)}",
            query_params=query_params,
        )

    def add_endpoint_acl_rule(
        self, endpoint_id: uuid.UUID | str, rule_data: dict[str, t.Any]
    ) -> response.GlobusHTTPResponse:
        """
        ``POST /endpoint/<endpoint_id>/access``: add an access rule.

        :param endpoint_id: the endpoint or collection
        :param rule_data: an ``access`` document (``principal_type``, ``principal``,
            ``path``, ``permissions``)

        >>> rule = {
        ...     "DATA_TYPE": "access",
        ...     "principal_type": "identity",
        ...     "principal": identity_id,
        ...     "path": "/dataset1/",
        ...     "permissions": "rw",
        ... }
        >>> rule_id = tc.add_endpoint_acl_rule(endpoint_id, rule)["access_id"]
        """
        return self.post(f"/endpoint/{quote_id(endpoint_id)}/access", data=rule_data)

    def update_endpoint_acl_rule(
        self, endpoint_id: uuid.UUID | str, rule_id: str, rule_data: dict[str, t.Any]
    ) -> response.GlobusHTTPResponse:
        """
        ``PUT /endpoint/<endpoint_id>/access/<rule_id>``

        :param endpoint_id: the endpoint or collection
        :param rule_id: the ID of the access rule
        :param rule_data: the fields to update (such as ``permissions``)
        """
        return self.put(
            f"/endpoint/{quote_id(endpoint_id)}/access/{quote_id(rule_id)}",
            data=rule_data,
        )

    def delete_endpoint_acl_rule(
        self, endpoint_id: uuid.UUID | str, rule_id: str
    ) -> response.GlobusHTTPResponse:
        """
        ``DELETE /endpoint/<endpoint_id>/access/<rule_id>``

        :param endpoint_id: the endpoint or collection
        :param rule_id: the ID of the access rule to remove
        """
        return self.delete(
            f"/endpoint/{quote_id(endpoint_id)}/access/{quote_id(rule_id)}"
        )
