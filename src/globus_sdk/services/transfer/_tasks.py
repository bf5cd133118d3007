"""Task submission and monitoring: the ``/submission_id``, ``/transfer``, ``/delete``,
``/task_list`` and ``/task/<id>`` routes of ``TransferClient``."""

from __future__ import annotations

import logging
import math
import time
import typing as t
import uuid

from globus_sdk import client, exc, paging, response, utils
from globus_sdk._internal.urls import quote_id

from ._common import (
    TransferFilterDict,
    format_filter,
    format_orderby,
    get_page_size,
    query,
)
from .data import DeleteData, TransferData
from .response import IterableTransferResponse

log = logging.getLogger(__name__)


def _check_wait_seconds(name: str, value: t.Any) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise exc.GlobusSDKUsageError(
            f"task_wait: {name} must be a number of seconds, not {type(value).__name__}"
        )
    if math.isnan(value) or value < 1:
        raise exc.GlobusSDKUsageError(f"task_wait: {name} must be at least 1 (got {value!r})")


class _TasksMixin(client.BaseClient):
    """The task methods of :class:`~globus_sdk.TransferClient`."""

    def get_submission_id(
        self, *, query_params: dict[str, t.Any] | None = None
    ) -> response.GlobusHTTPResponse:
        """
        ``GET /submission_id``: a new submission ID (``r["value"]``) for one task
        submission. Submitting twice with the same ID starts the task only once.
        """
        return self.get("/submission_id", query_params=query_params)

    def _ensure_submission_id(self, data: dict[str, t.Any] | utils.PayloadWrapper) -> None:
        # stored in the caller's document, so a retried submission reuses it
        if data.get("submission_id") in (None, utils.MISSING):
            log.debug("fetching a submission_id for a task submission")
            data["submission_id"] = self.get_submission_id()["value"]

    def submit_transfer(
        self, data: dict[str, t.Any] | TransferData
    ) -> response.GlobusHTTPResponse:
        """
        ``POST /transfer``: submit a transfer task; the result holds its ``task_id``.

        If the document has no ``submission_id``, one is fetched first and stored in
        ``data``, so submitting the same document again (after a network error, say)
        cannot start a second task.

        .. code-block:: python

            tdata = TransferData(source_endpoint=SRC, destination_endpoint=DST)
            tdata.add_item("/~/file.txt", "/~/copy.txt")
            task_id = tc.submit_transfer(tdata)["task_id"]
        """
        self._ensure_submission_id(data)
        return self.post("/transfer", data=data)

    def submit_delete(self, data: dict[str, t.Any] | DeleteData) -> response.GlobusHTTPResponse:
        """
        ``POST /delete``: submit a delete task; the result holds its ``task_id``.
        A ``submission_id`` is fetched and stored in ``data`` when it has none.
        """
        self._ensure_submission_id(data)
        return self.post("/delete", data=data)

    @paging.has_paginator(
        paging.LimitOffsetTotalPaginator,
        items_key="DATA",
        get_page_size=get_page_size,
        max_total_results=1000,
        page_size=1000,
    )
    def task_list(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        orderby: str | list[str] | None = None,
        filter: str | TransferFilterDict | None = None,
        query_params: dict[str, t.Any] | None = None,
    ) -> IterableTransferResponse:
        """
        ``GET /task_list``: the caller's tasks (the API serves at most 1000).

        :param limit: the page size
        :param offset: the index of the first task
        :param orderby: ``"field ASC|DESC"`` strings (a list is joined with commas)
        :param filter: a filter string such as ``"status:ACTIVE"``, or a dict
            (``{"status": ["ACTIVE", "INACTIVE"], "type": "TRANSFER"}``)
        :param query_params: more query parameters

        ``client.paginated.task_list()`` pages through every task.
        """
        params = query(
            query_params,
            limit=limit,
            offset=offset,
            orderby=format_orderby(orderby) if orderby is not None else None,
            filter=format_filter(filter) if filter is not None else None,
        )
        return IterableTransferResponse(self.get("/task_list", query_params=params))

    @paging.has_paginator(
        paging.LimitOffsetTotalPaginator,
        items_key="DATA",
        get_page_size=get_page_size,
        max_total_results=1000,
        page_size=1000,
    )
    def task_event_list(
        self,
        task_id: uuid.UUID | str,
        *,
        limit: int | None = None,
        offset: int | None = None,
        query_params: dict[str, t.Any] | None = None,
    ) -> IterableTransferResponse:
        """``GET /task/<task_id>/event_list``: the events (progress, faults) of a task."""
        params = query(query_params, limit=limit, offset=offset)
        return IterableTransferResponse(
            self.get(f"/task/{quote_id(task_id)}/event_list", query_params=params)
        )

    def get_task(
        self, task_id: uuid.UUID | str, *, query_params: dict[str, t.Any] | None = None
    ) -> response.GlobusHTTPResponse:
        """``GET /task/<task_id>``: a task document (``status``, counts, ...)."""
        return self.get(f"/task/{quote_id(task_id)}", query_params=query_params)

    def update_task(
        self,
        task_id: uuid.UUID | str,
        data: dict[str, t.Any],
        *,
        query_params: dict[str, t.Any] | None = None,
    ) -> response.GlobusHTTPResponse:
        """``PUT /task/<task_id>``: change a task's ``label`` or ``deadline``."""
        return self.put(f"/task/{quote_id(task_id)}", data=data, query_params=query_params)

    def cancel_task(self, task_id: uuid.UUID | str) -> response.GlobusHTTPResponse:
        """``POST /task/<task_id>/cancel``: cancel a task (the result says how it went)."""
        return self.post(f"/task/{quote_id(task_id)}/cancel")

    def task_wait(
        self, task_id: uuid.UUID | str, *, timeout: int = 10, polling_interval: int = 10
    ) -> bool:
        """
        Wait for a task to leave the ``ACTIVE`` status, polling ``get_task`` every
        ``polling_interval`` seconds for at most ``timeout`` seconds. Returns True
        when the task is no longer ACTIVE, False when time ran out.

        :param task_id: the task to wait for
        :param timeout: seconds to wait in total, at least 1
        :param polling_interval: seconds between polls, at least 1 (reduced to
            ``timeout`` if larger)
        :raises GlobusSDKUsageError: for a timeout or interval below 1 or not a number

        .. code-block:: python

            while not tc.task_wait(task_id, timeout=60, polling_interval=15):
                print("still running...")
        """
        _check_wait_seconds("timeout", timeout)
        _check_wait_seconds("polling_interval", polling_interval)
        # always poll at least once per timeout, even if the interval is longer
        polling_interval = min(timeout, polling_interval)
        waited: float = 0
        while True:
            status = self.get_task(task_id).get("status")
            if status != "ACTIVE":
                log.debug("task_wait(%s): task status is %s", task_id, status)
                return True
            # check the budget before sleeping, so we never sleep past the timeout
            waited += polling_interval
            if waited > timeout:
                log.debug("task_wait(%s): timed out", task_id)
                return False
            time.sleep(polling_interval)

    def task_pause_info(
        self, task_id: uuid.UUID | str, *, query_params: dict[str, t.Any] | None = None
    ) -> response.GlobusHTTPResponse:
        """``GET /task/<task_id>/pause_info``: why a task is (or will be) paused."""
        return self.get(f"/task/{quote_id(task_id)}/pause_info", query_params=query_params)

    @paging.has_paginator(
        paging.NullableMarkerPaginator, items_key="DATA", marker_key="next_marker"
    )
    def task_successful_transfers(
        self,
        task_id: uuid.UUID | str,
        *,
        marker: str | None = None,
        query_params: dict[str, t.Any] | None = None,
    ) -> IterableTransferResponse:
        """
        ``GET /task/<task_id>/successful_transfers``: the files a (finished) transfer
        task copied. Pages are chained by ``next_marker``; use
        ``client.paginated.task_successful_transfers(task_id)``.
        """
        params = query(query_params, marker=marker)
        return IterableTransferResponse(
            self.get(f"/task/{quote_id(task_id)}/successful_transfers", query_params=params)
        )

    @paging.has_paginator(
        paging.NullableMarkerPaginator, items_key="DATA", marker_key="next_marker"
    )
    def task_skipped_errors(
        self,
        task_id: uuid.UUID | str,
        *,
        marker: str | None = None,
        query_params: dict[str, t.Any] | None = None,
    ) -> IterableTransferResponse:
        """
        ``GET /task/<task_id>/skipped_errors``: the paths a transfer task skipped
        (with ``skip_source_errors``). Pages are chained by ``next_marker``.
        """
        params = query(query_params, marker=marker)
        return IterableTransferResponse(
            self.get(f"/task/{quote_id(task_id)}/skipped_errors", query_params=params)
        )
