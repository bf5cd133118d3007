"""The Globus Compute clients: ``ComputeClientV2`` (``/v2``) and ``ComputeClientV3`` (``/v3``)."""

from __future__ import annotations

import typing as t
import uuid

from globus_sdk import client, utils
from globus_sdk._internal.urls import quote_id
from globus_sdk.response import GlobusHTTPResponse
from globus_sdk.scopes import ComputeScopes, Scope

from .errors import ComputeAPIError


class ComputeClientV2(client.BaseClient):
    r"""
    Client for the Globus Compute API, version 2 (endpoints, functions, tasks).

    A low-level client: methods send one request and return the response. Most users
    want the Globus Compute SDK's ``Executor``, which builds on these calls.

    .. code-block:: python

        compute = globus_sdk.ComputeClientV2(authorizer=authorizer)
        print(compute.get_task(task_id)["status"])
    """

    service_name = "compute"
    error_class = ComputeAPIError
    scopes = ComputeScopes
    #: the scopes a ``GlobusApp`` requests for this client: Compute's ``all`` scope
    default_scope_requirements = [Scope(ComputeScopes.all)]

    def get_version(self, service: str | None = None) -> GlobusHTTPResponse:
        """
        ``GET /v2/version``: the API's version.

        :param service: ``"all"`` for the versions of every Compute component
        """
        params = {"service": utils.MISSING if service is None else service}
        return self.get("/v2/version", query_params=params)

    def get_result_amqp_url(self) -> GlobusHTTPResponse:
        """``GET /v2/get_amqp_result_connection_url``: where to read task results."""
        return self.get("/v2/get_amqp_result_connection_url")

    def register_endpoint(self, data: dict[str, t.Any]) -> GlobusHTTPResponse:
        """``POST /v2/endpoints``: register an endpoint (or re-register one)."""
        return self.post("/v2/endpoints", data=data)

    def get_endpoint(self, endpoint_id: uuid.UUID | str) -> GlobusHTTPResponse:
        """``GET /v2/endpoints/<endpoint_id>``: an endpoint's details."""
        return self.get(f"/v2/endpoints/{quote_id(endpoint_id)}")

    def get_endpoint_status(self, endpoint_id: uuid.UUID | str) -> GlobusHTTPResponse:
        """``GET /v2/endpoints/<endpoint_id>/status``: whether an endpoint is online."""
        return self.get(f"/v2/endpoints/{quote_id(endpoint_id)}/status")

    def get_endpoints(
        self, role: str | utils.MissingType = utils.MISSING
    ) -> GlobusHTTPResponse:
        """
        ``GET /v2/endpoints``: the endpoints the caller may use.

        :param role: ``"owner"`` (the service's default) or ``"any"``
        """
        return self.get("/v2/endpoints", query_params={"role": role})

    def delete_endpoint(self, endpoint_id: uuid.UUID | str) -> GlobusHTTPResponse:
        """``DELETE /v2/endpoints/<endpoint_id>``."""
        return self.delete(f"/v2/endpoints/{quote_id(endpoint_id)}")

    def lock_endpoint(self, endpoint_id: uuid.UUID | str) -> GlobusHTTPResponse:
        """
        ``POST /v2/endpoints/<endpoint_id>/lock``: refuse new registrations of the
        endpoint for a while (used while it is being moved).
        """
        return self.post(f"/v2/endpoints/{quote_id(endpoint_id)}/lock")

    def register_function(self, function_data: dict[str, t.Any]) -> GlobusHTTPResponse:
        """
        ``POST /v2/functions``: register a function.

        :param function_data: a :class:`ComputeFunctionDocument` or a dict
        """
        return self.post("/v2/functions", data=function_data)

    def get_function(self, function_id: uuid.UUID | str) -> GlobusHTTPResponse:
        """``GET /v2/functions/<function_id>``: a function (with its code)."""
        return self.get(f"/v2/functions/{quote_id(function_id)}")

    def delete_function(self, function_id: uuid.UUID | str) -> GlobusHTTPResponse:
        """``DELETE /v2/functions/<function_id>``."""
        return self.delete(f"/v2/functions/{quote_id(function_id)}")

    def get_task(self, task_id: uuid.UUID | str) -> GlobusHTTPResponse:
        """``GET /v2/tasks/<task_id>``: a task's status (and result, once done)."""
        return self.get(f"/v2/tasks/{quote_id(task_id)}")

    def get_task_batch(
        self, task_ids: uuid.UUID | str | t.Iterable[uuid.UUID | str]
    ) -> GlobusHTTPResponse:
        """
        ``POST /v2/batch_status``: the status of several tasks.

        :param task_ids: a task id or an iterable of them
        """
        return self.post(
            "/v2/batch_status",
            data={"task_ids": list(utils.safe_strseq_iter(task_ids))},
        )

    def get_task_group(self, task_group_id: uuid.UUID | str) -> GlobusHTTPResponse:
        """``GET /v2/taskgroup/<task_group_id>``: the tasks of a task group."""
        return self.get(f"/v2/taskgroup/{quote_id(task_group_id)}")

    def submit(self, data: dict[str, t.Any]) -> GlobusHTTPResponse:
        """
        ``POST /v2/submit``: submit a batch of tasks.

        :param data: the batch, e.g. ``{"tasks": [[function_id, endpoint_id,
            payload], ...]}``
        """
        return self.post("/v2/submit", data=data)


class ComputeClientV3(client.BaseClient):
    r"""
    Client for the Globus Compute API, version 3 (endpoint management, function
    registration and submission to one endpoint).

    .. code-block:: python

        compute = globus_sdk.ComputeClientV3(authorizer=authorizer)
        compute.submit(endpoint_id, {"tasks": {function_id: [payload]}})
    """

    service_name = "compute"
    error_class = ComputeAPIError
    scopes = ComputeScopes
    #: the scopes a ``GlobusApp`` requests for this client: Compute's ``all`` scope
    default_scope_requirements = [Scope(ComputeScopes.all)]

    def register_endpoint(self, data: dict[str, t.Any]) -> GlobusHTTPResponse:
        """``POST /v3/endpoints``: register an endpoint."""
        return self.post("/v3/endpoints", data=data)

    def update_endpoint(
        self, endpoint_id: uuid.UUID | str, data: dict[str, t.Any]
    ) -> GlobusHTTPResponse:
        """``PUT /v3/endpoints/<endpoint_id>``: update (re-register) an endpoint."""
        return self.put(f"/v3/endpoints/{quote_id(endpoint_id)}", data=data)

    def lock_endpoint(self, endpoint_id: uuid.UUID | str) -> GlobusHTTPResponse:
        """
        ``POST /v3/endpoints/<endpoint_id>/lock``: refuse new registrations of the
        endpoint for a while (used while it is being moved).
        """
        return self.post(f"/v3/endpoints/{quote_id(endpoint_id)}/lock")

    def get_endpoint_allowlist(
        self, endpoint_id: uuid.UUID | str
    ) -> GlobusHTTPResponse:
        """
        ``GET /v3/endpoints/<endpoint_id>/allowed_functions``: the functions the
        endpoint is restricted to.
        """
        return self.get(f"/v3/endpoints/{quote_id(endpoint_id)}/allowed_functions")

    def register_function(self, data: dict[str, t.Any]) -> GlobusHTTPResponse:
        """
        ``POST /v3/functions``: register a function.

        :param data: a :class:`ComputeFunctionDocument` or a dict
        """
        return self.post("/v3/functions", data=data)

    def submit(
        self, endpoint_id: uuid.UUID | str, data: dict[str, t.Any]
    ) -> GlobusHTTPResponse:
        """
        ``POST /v3/endpoints/<endpoint_id>/submit``: submit a batch of tasks to one
        endpoint.

        :param data: the batch, e.g. ``{"task_group_id": ..., "tasks":
            {function_id: [payload, ...]}}``
        """
        return self.post(f"/v3/endpoints/{quote_id(endpoint_id)}/submit", data=data)
