"""The task routes of the endpoint manager (``/endpoint_manager/task...`` and the
admin cancel/pause/resume routes) of ``TransferClient``: acting on other users' tasks
on endpoints the caller manages."""

from __future__ import annotations

import typing as t
import uuid

from globus_sdk import client, exc, paging, response, utils
from globus_sdk._internal.urls import quote_id
from globus_sdk._types import DateLike

from ._common import bool_flag, format_date, get_page_size, query
from .response import IterableTransferResponse


def _format_completion_time(value: str | tuple[DateLike, DateLike]) -> str:
    if isinstance(value, str):
        return value
    start, end = value
    return f"{format_date(start)},{format_date(end)}"


class _EndpointManagerTasksMixin(client.BaseClient):
    """The endpoint-manager task methods of :class:`~globus_sdk.TransferClient`."""

    @paging.has_paginator(paging.LastKeyPaginator, items_key="DATA")
    def endpoint_manager_task_list(
        self,
        *,
        filter_status: None | str | t.Iterable[str] = None,
        filter_task_id: None | uuid.UUID | str | t.Iterable[uuid.UUID | str] = None,
        filter_owner_id: uuid.UUID | str | None = None,
        filter_endpoint: uuid.UUID | str | None = None,
        filter_endpoint_use: t.Literal["source", "destination"] | None = None,
        filter_is_paused: bool | None = None,
        filter_completion_time: None | str | tuple[DateLike, DateLike] = None,
        filter_min_faults: int | None = None,
        filter_local_user: str | None = None,
        last_key: str | None = None,
        query_params: dict[str, t.Any] | None = None,
    ) -> IterableTransferResponse:
        """
        ``GET /endpoint_manager/task_list``: tasks on the endpoints the caller manages.

        :param filter_status: one status or several (``"ACTIVE"``, ``"INACTIVE"``,
            ``"FAILED"``, ``"SUCCEEDED"``)
        :param filter_task_id: one task ID or several
        :param filter_owner_id: the identity ID of the tasks' owner
        :param filter_endpoint: tasks using this endpoint
        :param filter_endpoint_use: ``"source"`` or ``"destination"``: how
            ``filter_endpoint`` is used (requires ``filter_endpoint``)
        :param filter_is_paused: only paused (True) or unpaused (False) tasks
        :param filter_completion_time: ``"start,end"``, or a ``(start, end)`` tuple of
            strings or datetimes
        :param filter_min_faults: tasks with at least this many faults
        :param filter_local_user: tasks run as this local user
        :param last_key: the ``last_key`` of the previous page
        :param query_params: more query parameters

        Pages are chained by ``last_key``; use
        ``client.paginated.endpoint_manager_task_list(...)``.
        """
        if filter_endpoint_use is not None and filter_endpoint is None:
            raise exc.GlobusSDKUsageError(
                "filter_endpoint_use requires filter_endpoint to be given"
            )
        params = query(
            query_params,
            filter_status=utils.commajoin(filter_status) if filter_status is not None else None,
            filter_task_id=(
                utils.commajoin(filter_task_id) if filter_task_id is not None else None
            ),
            filter_owner_id=filter_owner_id,
            filter_endpoint=filter_endpoint,
            filter_endpoint_use=filter_endpoint_use,
            filter_is_paused=filter_is_paused,
            filter_completion_time=(
                _format_completion_time(filter_completion_time)
                if filter_completion_time is not None
                else None
            ),
            filter_min_faults=filter_min_faults,
            filter_local_user=filter_local_user,
            last_key=last_key,
        )
        return IterableTransferResponse(
            self.get("/endpoint_manager/task_list", query_params=params)
        )

    def endpoint_manager_get_task(
        self, task_id: uuid.UUID | str, *, query_params: dict[str, t.Any] | None = None
    ) -> response.GlobusHTTPResponse:
        """``GET /endpoint_manager/task/<task_id>``: a task on a managed endpoint."""
        return self.get(f"/endpoint_manager/task/{quote_id(task_id)}", query_params=query_params)

    @paging.has_paginator(
        paging.LimitOffsetTotalPaginator,
        items_key="DATA",
        get_page_size=get_page_size,
        max_total_results=1000,
        page_size=1000,
    )
    def endpoint_manager_task_event_list(
        self,
        task_id: uuid.UUID | str,
        *,
        limit: int | None = None,
        offset: int | None = None,
        filter_is_error: bool | None = None,
        query_params: dict[str, t.Any] | None = None,
    ) -> IterableTransferResponse:
        """
        ``GET /endpoint_manager/task/<task_id>/event_list``: a managed task's events;
        ``filter_is_error=True`` keeps only errors.
        """
        params = query(
            query_params,
            limit=limit,
            offset=offset,
            filter_is_error=bool_flag(filter_is_error),
        )
        return IterableTransferResponse(
            self.get(
                f"/endpoint_manager/task/{quote_id(task_id)}/event_list", query_params=params
            )
        )

    def endpoint_manager_task_pause_info(
        self, task_id: uuid.UUID | str, *, query_params: dict[str, t.Any] | None = None
    ) -> response.GlobusHTTPResponse:
        """``GET /endpoint_manager/task/<task_id>/pause_info``: why a task is paused."""
        return self.get(
            f"/endpoint_manager/task/{quote_id(task_id)}/pause_info", query_params=query_params
        )

    @paging.has_paginator(
        paging.NullableMarkerPaginator, items_key="DATA", marker_key="next_marker"
    )
    def endpoint_manager_task_successful_transfers(
        self,
        task_id: uuid.UUID | str,
        *,
        marker: str | None = None,
        query_params: dict[str, t.Any] | None = None,
    ) -> IterableTransferResponse:
        """
        ``GET /endpoint_manager/task/<task_id>/successful_transfers``: the files a
        managed task copied; pages are chained by ``next_marker``.
        """
        params = query(query_params, marker=marker)
        return IterableTransferResponse(
            self.get(
                f"/endpoint_manager/task/{quote_id(task_id)}/successful_transfers",
                query_params=params,
            )
        )

    @paging.has_paginator(
        paging.NullableMarkerPaginator, items_key="DATA", marker_key="next_marker"
    )
    def endpoint_manager_task_skipped_errors(
        self,
        task_id: uuid.UUID | str,
        *,
        marker: str | None = None,
        query_params: dict[str, t.Any] | None = None,
    ) -> IterableTransferResponse:
        """
        ``GET /endpoint_manager/task/<task_id>/skipped_errors``: the paths a managed
        task skipped; pages are chained by ``next_marker``.
        """
        params = query(query_params, marker=marker)
        return IterableTransferResponse(
            self.get(
                f"/endpoint_manager/task/{quote_id(task_id)}/skipped_errors",
                query_params=params,
            )
        )

    def endpoint_manager_cancel_tasks(
        self,
        task_ids: t.Iterable[uuid.UUID | str],
        message: str,
        *,
        query_params: dict[str, t.Any] | None = None,
    ) -> response.GlobusHTTPResponse:
        """
        ``POST /endpoint_manager/admin_cancel``: cancel tasks as an endpoint manager,
        with a message shown to their owners. The result's ``id`` is an admin-cancel
        ID for :meth:`endpoint_manager_cancel_status`.
        """
        data = {"message": message, "task_id_list": list(utils.safe_strseq_iter(task_ids))}
        return self.post(
            "/endpoint_manager/admin_cancel", data=data, query_params=query_params
        )

    def endpoint_manager_cancel_status(
        self,
        admin_cancel_id: uuid.UUID | str,
        *,
        query_params: dict[str, t.Any] | None = None,
    ) -> response.GlobusHTTPResponse:
        """``GET /endpoint_manager/admin_cancel/<admin_cancel_id>``: an admin cancel's progress."""
        return self.get(
            f"/endpoint_manager/admin_cancel/{quote_id(admin_cancel_id)}",
            query_params=query_params,
        )

    def endpoint_manager_pause_tasks(
        self,
        task_ids: t.Iterable[uuid.UUID | str],
        message: str,
        *,
        query_params: dict[str, t.Any] | None = None,
    ) -> response.GlobusHTTPResponse:
        """``POST /endpoint_manager/admin_pause``: pause tasks, with a message to their owners."""
        data = {"message": message, "task_id_list": list(utils.safe_strseq_iter(task_ids))}
        return self.post("/endpoint_manager/admin_pause", data=data, query_params=query_params)

    def endpoint_manager_resume_tasks(
        self,
        task_ids: t.Iterable[uuid.UUID | str],
        *,
        query_params: dict[str, t.Any] | None = None,
    ) -> response.GlobusHTTPResponse:
        """``POST /endpoint_manager/admin_resume``: resume tasks paused by an admin."""
        data = {"task_id_list": list(utils.safe_strseq_iter(task_ids))}
        return self.post("/endpoint_manager/admin_resume", data=data, query_params=query_params)
