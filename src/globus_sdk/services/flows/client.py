"""
The Flows clients.

- :class:`FlowsClient` manages flows (create, read, update, delete, validate) and
  runs (list, read, update, cancel, release); it uses the Flows service's scopes.
- :class:`SpecificFlowClient` starts, validates and resumes runs of one flow; it uses
  that flow's own scope, whose resource server is the flow ID.
"""

from __future__ import annotations

import typing as t
import uuid

from globus_sdk import client, exc, paging, utils
from globus_sdk._internal.urls import quote_id
from globus_sdk.paging.table import PaginatedMethod, PaginatorTable
from globus_sdk.response import GlobusHTTPResponse
from globus_sdk.scopes import FlowsScopes, Scope, ScopeBuilder, SpecificFlowScopeBuilder
from globus_sdk.scopes.data.flows import _SpecificFlowScopesClassStub
from globus_sdk.utils import MISSING, MissingType

from .errors import FlowsAPIError
from .response import (
    IterableFlowsResponse,
    IterableRunLogsResponse,
    IterableRunsResponse,
)

if t.TYPE_CHECKING:
    from globus_sdk.authorizers import GlobusAuthorizer
    from globus_sdk.globus_app import GlobusApp

    from .data import RunActivityNotificationPolicy


def _without_none(data: dict[str, t.Any]) -> dict[str, t.Any]:
    """Drop the parameters left at their ``None`` default ("not given")."""
    return {k: v for k, v in data.items() if v is not None}


def _query(query_params: dict[str, t.Any] | None, **params: t.Any) -> dict[str, t.Any]:
    """``query_params`` (copied) plus the named parameters given; the named ones win."""
    return {**(query_params or {}), **_without_none(params)}


class FlowsClient(client.BaseClient):
    r"""
    Client for the Globus Flows API: manage flows and inspect or manage runs.

    To start a flow, use a :class:`SpecificFlowClient`, which holds that flow's scope.

    .. code-block:: python

        from globus_sdk import FlowsClient, UserApp

        app = UserApp("my-app", client_id="...")
        flows = FlowsClient(app=app)
        for flow in flows.paginated.list_flows(filter_roles="flow_owner").items():
            print(flow["id"], flow["title"])
    """

    error_class = FlowsAPIError
    service_name = "flows"
    scopes: ScopeBuilder = FlowsScopes
    paginated: FlowsClientPaginators

    @utils.classproperty
    def default_scope_requirements(cls) -> list[Scope]:
        """The scopes requested through a ``GlobusApp``: ``FlowsScopes.all``."""
        return [Scope(FlowsScopes.all)]

    # ---- flows

    def create_flow(
        self,
        title: str,
        definition: dict[str, t.Any],
        input_schema: dict[str, t.Any],
        subtitle: str | None = None,
        description: str | None = None,
        flow_viewers: list[str] | None = None,
        flow_starters: list[str] | None = None,
        flow_administrators: list[str] | None = None,
        run_managers: list[str] | None = None,
        run_monitors: list[str] | None = None,
        keywords: list[str] | None = None,
        subscription_id: uuid.UUID | str | None = None,
        additional_fields: dict[str, t.Any] | None = None,
    ) -> GlobusHTTPResponse:
        """
        Create a flow: ``POST /flows``. Returns the new flow document.

        :param title: a human-friendly name for the flow (1 to 128 characters)
        :param definition: the flow definition (states and their order)
        :param input_schema: a JSON Schema which every run's input must satisfy
        :param subtitle: a short summary of the flow (up to 128 characters)
        :param description: a longer description of the flow (up to 4096 characters)
        :param flow_viewers: principal URNs, or ``"public"``, who may see the flow
        :param flow_starters: principal URNs, or ``"all_authenticated_users"``, who
            may start the flow
        :param flow_administrators: principal URNs who may update or delete the flow
        :param run_managers: principal URNs who may manage every run of the flow
        :param run_monitors: principal URNs who may monitor every run of the flow
        :param keywords: terms to find the flow by (up to 1024)
        :param subscription_id: the subscription to associate the flow with
        :param additional_fields: more fields of the request body (they override
            the fields above)

        .. code-block:: python

            flows.create_flow(
                title="my-flow",
                definition={
                    "StartAt": "Done",
                    "States": {"Done": {"Type": "Pass", "End": True}},
                },
                input_schema={"type": "object", "properties": {}},
            )
        """
        data = _without_none(
            {
                "title": title,
                "definition": definition,
                "input_schema": input_schema,
                "subtitle": subtitle,
                "description": description,
                "flow_viewers": flow_viewers,
                "flow_starters": flow_starters,
                "flow_administrators": flow_administrators,
                "run_managers": run_managers,
                "run_monitors": run_monitors,
                "keywords": keywords,
                "subscription_id": subscription_id,
            }
        )
        data.update(additional_fields or {})
        return self.post("/flows", data=data)

    def get_flow(
        self,
        flow_id: uuid.UUID | str,
        *,
        query_params: dict[str, t.Any] | None = None,
    ) -> GlobusHTTPResponse:
        """
        Get a flow: ``GET /flows/<flow_id>``.

        :param flow_id: the ID of the flow
        :param query_params: more query parameters
        """
        return self.get(f"/flows/{quote_id(flow_id)}", query_params=query_params)

    @paging.has_paginator(paging.MarkerPaginator, items_key="flows")
    def list_flows(
        self,
        *,
        filter_role: str | None = None,
        filter_roles: str | t.Iterable[str] | None = None,
        filter_fulltext: str | None = None,
        orderby: str | t.Iterable[str] | None = None,
        marker: str | None = None,
        query_params: dict[str, t.Any] | None = None,
    ) -> IterableFlowsResponse:
        """
        List the flows the caller can see: ``GET /flows``. Iterate the response for
        the flows of the page; ``client.paginated.list_flows(...)`` walks every page.

        :param filter_role: deprecated, use ``filter_roles``; the least role the
            caller must have on a flow (``flow_viewer`` < ``flow_starter`` <
            ``flow_administrator`` < ``flow_owner``)
        :param filter_roles: the roles of which the caller must have at least one
            (a role name or an iterable of them)
        :param filter_fulltext: a full-text search over the flows' text fields
        :param orderby: one or more sort criteria, each a field name, a space and
            ``ASC`` or ``DESC`` (e.g. ``"updated_at DESC"``); fields are ``id``,
            ``scope_string``, ``flow_owners``, ``flow_administrators``, ``title``,
            ``created_at`` and ``updated_at``
        :param marker: the marker of the page to fetch (paging)
        :param query_params: more query parameters
        :raises GlobusSDKUsageError: if both ``filter_role`` and ``filter_roles``
            are given
        """
        if filter_role is not None and filter_roles is not None:
            raise exc.GlobusSDKUsageError(
                "list_flows() takes 'filter_role' or 'filter_roles', not both "
                "('filter_role' is deprecated: use 'filter_roles')."
            )
        if filter_role is not None:
            exc.warn_deprecated(
                "The 'filter_role' parameter of list_flows() is deprecated. "
                "Use 'filter_roles' instead."
            )
        if orderby is None or isinstance(orderby, str):
            orderby_param: str | list[str] | None = orderby
        else:
            orderby_param = list(orderby)  # sent as a repeated parameter
        params = _query(
            query_params,
            filter_role=filter_role,
            filter_roles=None if filter_roles is None else utils.commajoin(filter_roles),
            filter_fulltext=filter_fulltext,
            orderby=orderby_param,
            marker=marker,
        )
        return IterableFlowsResponse(self.get("/flows", query_params=params))

    def update_flow(
        self,
        flow_id: uuid.UUID | str,
        *,
        title: str | None = None,
        definition: dict[str, t.Any] | None = None,
        input_schema: dict[str, t.Any] | None = None,
        subtitle: str | None = None,
        description: str | None = None,
        flow_owner: str | None = None,
        flow_viewers: list[str] | None = None,
        flow_starters: list[str] | None = None,
        flow_administrators: list[str] | None = None,
        run_managers: list[str] | None = None,
        run_monitors: list[str] | None = None,
        keywords: list[str] | None = None,
        subscription_id: uuid.UUID | str | t.Literal["DEFAULT"] | MissingType = MISSING,
        additional_fields: dict[str, t.Any] | None = None,
    ) -> GlobusHTTPResponse:
        """
        Update a flow: ``PUT /flows/<flow_id>`` with the given fields only.

        Parameters left out (or ``None``) are not sent and keep their value; an empty
        string or list *is* sent, to clear that field.

        :param flow_id: the ID of the flow
        :param title: a human-friendly name for the flow (1 to 128 characters)
        :param definition: the flow definition
        :param input_schema: a JSON Schema which every run's input must satisfy
        :param subtitle: a short summary of the flow
        :param description: a longer description of the flow
        :param flow_owner: the principal URN of the new owner of the flow
        :param flow_viewers: principal URNs, or ``"public"``, who may see the flow
        :param flow_starters: principal URNs, or ``"all_authenticated_users"``, who
            may start the flow
        :param flow_administrators: principal URNs who may update or delete the flow
        :param run_managers: principal URNs who may manage every run of the flow
        :param run_monitors: principal URNs who may monitor every run of the flow
        :param keywords: terms to find the flow by
        :param subscription_id: the subscription to associate the flow with, or
            ``"DEFAULT"`` for the caller's default subscription
        :param additional_fields: more fields of the request body (they override
            the fields above)
        """
        data = _without_none(
            {
                "title": title,
                "definition": definition,
                "input_schema": input_schema,
                "subtitle": subtitle,
                "description": description,
                "flow_owner": flow_owner,
                "flow_viewers": flow_viewers,
                "flow_starters": flow_starters,
                "flow_administrators": flow_administrators,
                "run_managers": run_managers,
                "run_monitors": run_monitors,
                "keywords": keywords,
                "subscription_id": subscription_id,  # MISSING is dropped on send
            }
        )
        data.update(additional_fields or {})
        return self.put(f"/flows/{quote_id(flow_id)}", data=data)

    def delete_flow(
        self,
        flow_id: uuid.UUID | str,
        *,
        query_params: dict[str, t.Any] | None = None,
    ) -> GlobusHTTPResponse:
        """
        Delete a flow: ``DELETE /flows/<flow_id>``. Returns the deleted flow.

        :param flow_id: the ID of the flow
        :param query_params: more query parameters
        """
        return self.delete(f"/flows/{quote_id(flow_id)}", query_params=query_params)

    def validate_flow(
        self,
        definition: dict[str, t.Any],
        input_schema: dict[str, t.Any] | MissingType = MISSING,
    ) -> GlobusHTTPResponse:
        """
        Check a flow definition (and input schema) without creating a flow:
        ``POST /flows/validate``. Returns the service's analysis (e.g. the scopes
        the flow needs); an invalid definition is a 422 :class:`FlowsAPIError`.

        :param definition: the flow definition
        :param input_schema: a JSON Schema for the flow's input
        """
        data = {"definition": definition, "input_schema": input_schema}
        return self.post("/flows/validate", data=data)

    # ---- runs

    @paging.has_paginator(paging.MarkerPaginator, items_key="runs")
    def list_runs(
        self,
        *,
        filter_flow_id: t.Iterable[uuid.UUID | str] | uuid.UUID | str | None = None,
        filter_roles: str | t.Iterable[str] | None = None,
        marker: str | None = None,
        query_params: dict[str, t.Any] | None = None,
    ) -> IterableRunsResponse:
        """
        List the runs the caller can see: ``GET /runs``. Iterate the response for
        the runs of the page; ``client.paginated.list_runs(...)`` walks every page.

        :param filter_flow_id: only the runs of this flow (or of these flows)
        :param filter_roles: the roles of which the caller must have at least one on
            a run (``run_monitor``, ``run_manager``, ``run_owner``)
        :param marker: the marker of the page to fetch (paging)
        :param query_params: more query parameters
        """
        params = _query(
            query_params,
            filter_flow_id=(
                None if filter_flow_id is None else utils.commajoin(filter_flow_id)
            ),
            filter_roles=None if filter_roles is None else utils.commajoin(filter_roles),
            marker=marker,
        )
        return IterableRunsResponse(self.get("/runs", query_params=params))

    @paging.has_paginator(paging.MarkerPaginator, items_key="entries")
    def get_run_logs(
        self,
        run_id: uuid.UUID | str,
        *,
        limit: int | None = None,
        reverse_order: bool | None = None,
        marker: str | None = None,
        query_params: dict[str, t.Any] | None = None,
    ) -> IterableRunLogsResponse:
        """
        Get the log of a run: ``GET /runs/<run_id>/log``. Iterate the response for
        the log entries of the page; ``client.paginated.get_run_logs(...)`` walks
        every page.

        :param run_id: the ID of the run
        :param limit: the most entries in one page
        :param reverse_order: newest entries first
        :param marker: the marker of the page to fetch (paging)
        :param query_params: more query parameters
        """
        params = _query(
            query_params, limit=limit, reverse_order=reverse_order, marker=marker
        )
        return IterableRunLogsResponse(
            self.get(f"/runs/{quote_id(run_id)}/log", query_params=params)
        )

    def get_run(
        self,
        run_id: uuid.UUID | str,
        *,
        include_flow_description: bool | None = None,
        query_params: dict[str, t.Any] | None = None,
    ) -> GlobusHTTPResponse:
        """
        Get a run: ``GET /runs/<run_id>``.

        :param run_id: the ID of the run
        :param include_flow_description: also return the flow's title, subtitle,
            description and keywords (as ``flow_description``)
        :param query_params: more query parameters
        """
        params = _query(query_params, include_flow_description=include_flow_description)
        return self.get(f"/runs/{quote_id(run_id)}", query_params=params)

    def get_run_definition(self, run_id: uuid.UUID | str) -> GlobusHTTPResponse:
        """
        Get the flow definition and input schema a run was started with:
        ``GET /runs/<run_id>/definition``.

        :param run_id: the ID of the run
        """
        return self.get(f"/runs/{quote_id(run_id)}/definition")

    def cancel_run(self, run_id: uuid.UUID | str) -> GlobusHTTPResponse:
        """
        Cancel a run: ``POST /runs/<run_id>/cancel``. Returns the run.

        :param run_id: the ID of the run
        """
        return self.post(f"/runs/{quote_id(run_id)}/cancel")

    def update_run(
        self,
        run_id: uuid.UUID | str,
        *,
        label: str | None = None,
        tags: list[str] | None = None,
        run_monitors: list[str] | None = None,
        run_managers: list[str] | None = None,
        additional_fields: dict[str, t.Any] | None = None,
    ) -> GlobusHTTPResponse:
        """
        Update a run's metadata: ``PUT /runs/<run_id>`` with the given fields only.

        :param run_id: the ID of the run
        :param label: a short title for the run (up to 64 characters)
        :param tags: searchable tags (they replace the run's tags)
        :param run_monitors: principal URNs who may monitor the run
        :param run_managers: principal URNs who may manage the run
        :param additional_fields: more fields of the request body (they override
            the fields above)
        """
        data = _without_none(
            {
                "tags": tags,
                "label": label,
                "run_monitors": run_monitors,
                "run_managers": run_managers,
            }
        )
        data.update(additional_fields or {})
        return self.put(f"/runs/{quote_id(run_id)}", data=data)

    def delete_run(self, run_id: uuid.UUID | str) -> GlobusHTTPResponse:
        """
        Delete (release) a completed run: ``POST /runs/<run_id>/release``. Returns
        the run; an active run is a 409 :class:`FlowsAPIError`.

        :param run_id: the ID of the run
        """
        return self.post(f"/runs/{quote_id(run_id)}/release")


class FlowsClientPaginators(PaginatorTable):
    """``FlowsClient.paginated``: each paginated method, typed with its own parameters."""

    list_flows = PaginatedMethod(FlowsClient.list_flows)
    list_runs = PaginatedMethod(FlowsClient.list_runs)
    get_run_logs = PaginatedMethod(FlowsClient.get_run_logs)


FlowsClient._paginator_table_class = FlowsClientPaginators


class SpecificFlowClient(client.BaseClient):
    r"""
    Client for one flow: start it, validate a run's input, resume its runs.

    Its scope is the flow's own ``user`` scope (``client.scopes.user``), which the
    user consents to so that the flow can act on their behalf; the client's
    ``resource_server`` is the flow ID.

    .. code-block:: python

        from globus_sdk import SpecificFlowClient, UserApp

        app = UserApp("my-app", client_id="...")
        flow = SpecificFlowClient(FLOW_ID, app=app)
        run = flow.run_flow({"message": "hello"}, label="my run")

    :param flow_id: the ID of the flow
    """

    error_class = FlowsAPIError
    service_name = "flows"
    #: a placeholder: the scopes of a flow exist on instances only
    scopes: ScopeBuilder = _SpecificFlowScopesClassStub()

    def __init__(
        self,
        flow_id: uuid.UUID | str,
        *,
        environment: str | None = None,
        app: GlobusApp | None = None,
        app_scopes: list[Scope] | None = None,
        authorizer: GlobusAuthorizer | None = None,
        app_name: str | None = None,
        transport_params: dict[str, t.Any] | None = None,
    ) -> None:
        self._flow_id = flow_id
        # set before BaseClient.__init__, which may attach the app by resource server
        self.scopes = SpecificFlowScopeBuilder(flow_id)
        super().__init__(
            environment=environment,
            app=app,
            app_scopes=app_scopes,
            authorizer=authorizer,
            app_name=app_name,
            transport_params=transport_params,
        )

    @property
    def default_scope_requirements(self) -> list[Scope]:
        """The scopes requested through a ``GlobusApp``: the flow's ``user`` scope."""
        return [Scope(self.scopes.user)]

    def run_flow(
        self,
        body: dict[str, t.Any],
        *,
        label: str | None = None,
        tags: list[str] | None = None,
        activity_notification_policy: (
            dict[str, t.Any] | RunActivityNotificationPolicy | None
        ) = None,
        run_monitors: list[str] | None = None,
        run_managers: list[str] | None = None,
        additional_fields: dict[str, t.Any] | None = None,
    ) -> GlobusHTTPResponse:
        """
        Start a run of the flow: ``POST /flows/<flow_id>/run``. Returns the new run.

        :param body: the run's input, which must satisfy the flow's input schema
        :param label: a short title for the run (up to 64 characters)
        :param tags: searchable tags for the run
        :param activity_notification_policy: when to email the run's owner about
            its activity (a :class:`RunActivityNotificationPolicy` or a dict)
        :param run_monitors: principal URNs who may monitor the run
        :param run_managers: principal URNs who may manage the run
        :param additional_fields: more fields of the request body (they override
            the fields above)
        """
        data = _without_none(
            {
                "body": body,
                "tags": tags,
                "label": label,
                "activity_notification_policy": activity_notification_policy,
                "run_monitors": run_monitors,
                "run_managers": run_managers,
            }
        )
        data.update(additional_fields or {})
        return self.post(f"/flows/{quote_id(self._flow_id)}/run", data=data)

    def resume_run(self, run_id: uuid.UUID | str) -> GlobusHTTPResponse:
        """
        Resume an inactive run of the flow (e.g. after the user gave a missing
        consent): ``POST /runs/<run_id>/resume``. Returns the run.

        :param run_id: the ID of the run
        """
        return self.post(f"/runs/{quote_id(run_id)}/resume")

    def validate_run(
        self,
        body: dict[str, t.Any],
        *,
        label: str | MissingType = MISSING,
        tags: list[str] | MissingType = MISSING,
        run_monitors: list[str] | MissingType = MISSING,
        run_managers: list[str] | MissingType = MISSING,
        activity_notification_policy: (
            dict[str, t.Any] | RunActivityNotificationPolicy | MissingType
        ) = MISSING,
        additional_fields: dict[str, t.Any] | None = None,
    ) -> GlobusHTTPResponse:
        """
        Check that a run would start, without starting it:
        ``POST /flows/<flow_id>/validate_run``. An invalid input or a caller who may
        not start the flow is a :class:`FlowsAPIError`.

        The parameters are those of :meth:`run_flow`.
        """
        data: dict[str, t.Any] = {
            "body": body,
            "tags": tags,
            "label": label,
            "run_monitors": run_monitors,
            "run_managers": run_managers,
            "activity_notification_policy": activity_notification_policy,
        }
        data.update(additional_fields or {})
        return self.post(f"/flows/{quote_id(self._flow_id)}/validate_run", data=data)
