"""``TimersClient``: the client of the Globus Timers API."""

from __future__ import annotations

import typing as t
import uuid

from globus_sdk import client, exc, response, utils
from globus_sdk._internal.urls import quote_id
from globus_sdk.scopes import (
    GCSCollectionScopeBuilder,
    Scope,
    ScopeBuilder,
    TimersScopes,
    TransferScopes,
)

from .data import TimerJob, TransferTimer
from .errors import TimersAPIError


def _validate_collection_id(name: str, value: t.Any) -> str:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, str):
        try:
            uuid.UUID(value)
        except ValueError:
            pass
        else:
            return value
    raise exc.ValidationError(
        f"'{name}' must be a collection ID (a UUID), got {value!r}"
    )


class TimersClient(client.BaseClient):
    r"""
    Client for the Globus Timers API: create, list, pause, resume and delete timers.

    .. code-block:: python

        from globus_sdk import TimersClient, TransferData, TransferTimer, UserApp
        from globus_sdk import RecurringTimerSchedule

        app = UserApp("my-app", client_id="...")
        timers = TimersClient(app=app).add_app_transfer_data_access_scope(DST_COLLECTION)
        transfer = TransferData(SRC_COLLECTION, DST_COLLECTION)
        transfer.add_item("/data/", "/backup/data/", recursive=True)
        timers.create_timer(
            TransferTimer(schedule=RecurringTimerSchedule(86400), body=transfer)
        )
    """

    error_class = TimersAPIError
    service_name = "timer"
    scopes: ScopeBuilder = TimersScopes

    @utils.classproperty
    def default_scope_requirements(cls) -> list[Scope]:
        """The scopes requested through a ``GlobusApp``: ``TimersScopes.timer``."""
        return [Scope(TimersScopes.timer)]

    def add_app_transfer_data_access_scope(
        self, collection_ids: uuid.UUID | str | t.Iterable[uuid.UUID | str]
    ) -> TimersClient:
        """
        Ask the attached ``GlobusApp`` for the ``data_access`` consent of these
        collections, under the Transfer scope under the Timers scope. Timers which
        use a GCS mapped collection (not a High-Assurance one) need it, or their
        runs fail for a missing consent.

        .. code-block:: python

            timers = TimersClient(app=app)
            timers.add_app_transfer_data_access_scope([SRC_COLLECTION, DST_COLLECTION])

        :param collection_ids: a collection ID or an iterable of them
        :returns: this client
        :raises ValidationError: if an ID is not a UUID
        :raises GlobusSDKUsageError: if the client has no ``GlobusApp``
        """
        if isinstance(collection_ids, (str, uuid.UUID)):
            ids = [_validate_collection_id("collection_ids", collection_ids)]
        else:
            ids = [
                _validate_collection_id(f"collection_ids[{i}]", c)
                for i, c in enumerate(collection_ids)
            ]
        transfer_scope = Scope(
            TransferScopes.all,
            dependencies=[
                Scope(GCSCollectionScopeBuilder(c).data_access, optional=True)
                for c in ids
            ],
        )
        self.add_app_scope(Scope(TimersScopes.timer, dependencies=[transfer_scope]))
        return self

    def list_jobs(
        self, *, query_params: dict[str, t.Any] | None = None
    ) -> response.GlobusHTTPResponse:
        """
        List the caller's timers: ``GET /jobs/``. The timers are in ``jobs``.

        :param query_params: more query parameters (e.g. ``filter_active``)
        """
        return self.get("/jobs/", query_params=query_params)

    def get_job(
        self,
        job_id: uuid.UUID | str,
        *,
        query_params: dict[str, t.Any] | None = None,
    ) -> response.GlobusHTTPResponse:
        """
        Get a timer: ``GET /jobs/<job_id>``.

        :param job_id: the ID of the timer
        :param query_params: more query parameters
        """
        return self.get(f"/jobs/{quote_id(job_id)}", query_params=query_params)

    def create_timer(
        self, timer: dict[str, t.Any] | TransferTimer
    ) -> response.GlobusHTTPResponse:
        """
        Create a timer: ``POST /v2/timer`` with ``{"timer": timer}``. Returns the new
        timer, under ``timer``.

        :param timer: the timer (a :class:`TransferTimer` or a dict)
        :raises GlobusSDKUsageError: if ``timer`` is a :class:`TimerJob` (use
            :meth:`create_job` for those)
        """
        if isinstance(timer, TimerJob):
            raise exc.GlobusSDKUsageError(
                "Cannot pass a TimerJob to create_timer(). "
                "Create a TransferTimer instead, or use create_job()."
            )
        return self.post("/v2/timer", data={"timer": timer})

    def create_job(
        self, data: dict[str, t.Any] | TimerJob
    ) -> response.GlobusHTTPResponse:
        """
        Create a timer with the older jobs API: ``POST /jobs/``. Returns the job.

        :param data: the job (a :class:`TimerJob` or a dict)
        :raises GlobusSDKUsageError: if ``data`` is a :class:`TransferTimer` (use
            :meth:`create_timer` for those)
        """
        if isinstance(data, TransferTimer):
            raise exc.GlobusSDKUsageError(
                "Cannot pass a TransferTimer to create_job(). Use create_timer() instead."
            )
        return self.post("/jobs/", data=data)

    def update_job(
        self, job_id: uuid.UUID | str, data: dict[str, t.Any]
    ) -> response.GlobusHTTPResponse:
        """
        Update a timer: ``PATCH /jobs/<job_id>`` with the fields to change.

        :param job_id: the ID of the timer
        :param data: the fields to change (e.g. ``{"name": "new name"}``)
        """
        return self.patch(f"/jobs/{quote_id(job_id)}", data=data)

    def delete_job(self, job_id: uuid.UUID | str) -> response.GlobusHTTPResponse:
        """
        Delete a timer: ``DELETE /jobs/<job_id>``. Returns the deleted timer.

        :param job_id: the ID of the timer
        """
        return self.delete(f"/jobs/{quote_id(job_id)}")

    def pause_job(self, job_id: uuid.UUID | str) -> response.GlobusHTTPResponse:
        """
        Pause a timer (it stops running until resumed):
        ``POST /jobs/<job_id>/pause``.

        :param job_id: the ID of the timer
        """
        return self.post(f"/jobs/{quote_id(job_id)}/pause")

    def resume_job(
        self,
        job_id: uuid.UUID | str,
        *,
        update_credentials: bool | None = None,
    ) -> response.GlobusHTTPResponse:
        """
        Resume a paused or inactive timer: ``POST /jobs/<job_id>/resume``.

        :param job_id: the ID of the timer
        :param update_credentials: replace the timer's credentials with those of
            this request (to resume a timer made inactive by a missing consent);
            the service's default applies when not given
        """
        data: dict[str, t.Any] = {}
        if update_credentials is not None:
            data["update_credentials"] = update_credentials
        return self.post(f"/jobs/{quote_id(job_id)}/resume", data=data)
