"""TransferClient ``endpoint_manager`` methods for endpoints and pause rules (the
methods for the tasks of managed endpoints are in ``_endpoint_manager_tasks``)."""

from __future__ import annotations

import typing as t
import uuid

from globus_sdk import client, response
from globus_sdk._internal.urls import quote_id

from ._common import query
from .response import IterableTransferResponse


class _EndpointManagerMixin(client.BaseClient):
    """
    Administration of the endpoints a user manages through a subscription (the
    ``activity_monitor`` or ``activity_manager`` role): endpoints, their access rules and
    pause rules.
    """

    def endpoint_manager_monitored_endpoints(
        self, *, query_params: dict[str, t.Any] | None = None
    ) -> IterableTransferResponse:
        """
        ``GET /endpoint_manager/monitored_endpoints``: the endpoints the current user
        can monitor or manage (iterate for each one).

        :param query_params: additional query parameters
        """
        return IterableTransferResponse(
            self.get("/endpoint_manager/monitored_endpoints", query_params=query_params)
        )

    def endpoint_manager_hosted_endpoint_list(
        self,
        endpoint_id: uuid.UUID | str,
        *,
        query_params: dict[str, t.Any] | None = None,
    ) -> IterableTransferResponse:
        """
        ``GET /endpoint_manager/endpoint/<endpoint_id>/hosted_endpoint_list``: the
        shared endpoints hosted on a managed endpoint.

        :param endpoint_id: the host endpoint
        :param query_params: additional query parameters
        """
        return IterableTransferResponse(
            self.get(
                f"/endpoint_manager/endpoint/{quote_id(endpoint_id)}"
                "/hosted_endpoint_list",
                query_params=query_params,
            )
        )

    def endpoint_manager_get_endpoint(
        self,
        endpoint_id: uuid.UUID | str,
        *,
        query_params: dict[str, t.Any] | None = None,
    ) -> response.GlobusHTTPResponse:
        """
        ``GET /endpoint_manager/endpoint/<endpoint_id>``: a managed endpoint, as its
        administrator sees it.

        :param endpoint_id: the endpoint
        :param query_params: additional query parameters
        """
        return self.get(
            f"/endpoint_manager/endpoint/{quote_id(endpoint_id)}",
            query_params=query_params,
        )

    def endpoint_manager_acl_list(
        self,
        endpoint_id: uuid.UUID | str,
        *,
        query_params: dict[str, t.Any] | None = None,
    ) -> IterableTransferResponse:
        """
        ``GET /endpoint_manager/endpoint/<endpoint_id>/access_list``: the access rules
        of a managed endpoint (iterate for each one).

        :param endpoint_id: the endpoint
        :param query_params: additional query parameters
        """
        return IterableTransferResponse(
            self.get(
                f"/endpoint_manager/endpoint/{quote_id(endpoint_id)}/access_list",
                query_params=query_params,
            )
        )

    # ---- pause rules

    def endpoint_manager_pause_rule_list(
        self,
        *,
        filter_endpoint: uuid.UUID | str | None = None,
        query_params: dict[str, t.Any] | None = None,
    ) -> IterableTransferResponse:
        """
        ``GET /endpoint_manager/pause_rule_list``: the pause rules on the endpoints
        the current user manages (iterate for each one).

        :param filter_endpoint: only the rules of this endpoint
        :param query_params: additional query parameters
        """
        params = query(query_params, filter_endpoint=filter_endpoint)
        return IterableTransferResponse(
            self.get("/endpoint_manager/pause_rule_list", query_params=params)
        )

    def endpoint_manager_create_pause_rule(
        self, data: dict[str, t.Any] | None
    ) -> response.GlobusHTTPResponse:
        """
        ``POST /endpoint_manager/pause_rule``: pause the matching tasks on a managed
        endpoint.

        :param data: a ``pause_rule`` document

        >>> rule = {
        ...     "DATA_TYPE": "pause_rule",
        ...     "message": "maintenance until noon",
        ...     "endpoint_id": endpoint_id,
        ...     "identity_id": None,  # every user
        ...     "modify_enabled": True,
        ...     "read_enabled": False,
        ... }
        >>> rule_id = tc.endpoint_manager_create_pause_rule(rule)["id"]
        """
        return self.post("/endpoint_manager/pause_rule", data=data)

    def endpoint_manager_get_pause_rule(
        self,
        pause_rule_id: uuid.UUID | str,
        *,
        query_params: dict[str, t.Any] | None = None,
    ) -> response.GlobusHTTPResponse:
        """
        ``GET /endpoint_manager/pause_rule/<pause_rule_id>``

        :param pause_rule_id: the ID of the pause rule
        :param query_params: additional query parameters
        """
        return self.get(
            f"/endpoint_manager/pause_rule/{quote_id(pause_rule_id)}",
            query_params=query_params,
        )

    def endpoint_manager_update_pause_rule(
        self, pause_rule_id: uuid.UUID | str, data: dict[str, t.Any] | None
    ) -> response.GlobusHTTPResponse:
        """
        ``PUT /endpoint_manager/pause_rule/<pause_rule_id>``

        :param pause_rule_id: the ID of the pause rule
        :param data: the fields to update (such as ``message``)
        """
        return self.put(
            f"/endpoint_manager/pause_rule/{quote_id(pause_rule_id)}", data=data
        )

    def endpoint_manager_delete_pause_rule(
        self,
        pause_rule_id: uuid.UUID | str,
        *,
        query_params: dict[str, t.Any] | None = None,
    ) -> response.GlobusHTTPResponse:
        """
        ``DELETE /endpoint_manager/pause_rule/<pause_rule_id>``: remove a pause rule
        (the tasks it paused resume unless another rule applies).

        :param pause_rule_id: the ID of the pause rule
        :param query_params: additional query parameters
        """
        return self.delete(
            f"/endpoint_manager/pause_rule/{quote_id(pause_rule_id)}",
            query_params=query_params,
        )
