"""``TransferClient``: the Globus Transfer API (``/v0.10/``), assembled from per-area
mixins (endpoints, file operations, sharing, endpoint manager, tasks)."""

from __future__ import annotations

import typing as t
import uuid

from globus_sdk import client, exc, utils
from globus_sdk.paging.table import PaginatedMethod, PaginatorTable
from globus_sdk.scopes import GCSCollectionScopeBuilder, Scope, TransferScopes

from ._common import TransferFilterDict
from ._endpoint_manager import _EndpointManagerMixin
from ._endpoint_manager_tasks import _EndpointManagerTasksMixin
from ._endpoints import _EndpointsMixin
from ._operations import _OperationsMixin
from ._sharing import _SharingMixin
from ._tasks import _TasksMixin
from .errors import TransferAPIError
from .transport import TransferRequestsTransport

__all__ = ("TransferClient", "TransferFilterDict")


def _validate_collection_id(value: t.Any) -> str:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, str):
        try:
            return str(uuid.UUID(value))
        except ValueError:
            pass
    raise exc.ValidationError(f"collection_ids: {value!r} is not a valid UUID")


class TransferClientPaginators(PaginatorTable):
    """``TransferClient.paginated``: each paginated method, typed with its own parameters."""

    endpoint_search = PaginatedMethod(_EndpointsMixin.endpoint_search)
    get_shared_endpoint_list = PaginatedMethod(_SharingMixin.get_shared_endpoint_list)
    task_list = PaginatedMethod(_TasksMixin.task_list)
    task_event_list = PaginatedMethod(_TasksMixin.task_event_list)
    task_successful_transfers = PaginatedMethod(_TasksMixin.task_successful_transfers)
    task_skipped_errors = PaginatedMethod(_TasksMixin.task_skipped_errors)
    endpoint_manager_task_list = PaginatedMethod(
        _EndpointManagerTasksMixin.endpoint_manager_task_list
    )
    endpoint_manager_task_event_list = PaginatedMethod(
        _EndpointManagerTasksMixin.endpoint_manager_task_event_list
    )
    endpoint_manager_task_successful_transfers = PaginatedMethod(
        _EndpointManagerTasksMixin.endpoint_manager_task_successful_transfers
    )
    endpoint_manager_task_skipped_errors = PaginatedMethod(
        _EndpointManagerTasksMixin.endpoint_manager_task_skipped_errors
    )


class TransferClient(
    _EndpointsMixin,
    _OperationsMixin,
    _SharingMixin,
    _EndpointManagerMixin,
    _TasksMixin,
    _EndpointManagerTasksMixin,
    client.BaseClient,
):
    r"""
    A client for the Globus Transfer API.

    Every method sends one request (``task_wait`` polls) and returns a response:
    a :class:`~globus_sdk.GlobusHTTPResponse`, or an
    :class:`~globus_sdk.IterableTransferResponse` for lists (iterate it for the
    items). Methods with several pages of results are also reachable as
    ``client.paginated.<method>(...)``. Errors raise
    :class:`~globus_sdk.TransferAPIError`.

    .. code-block:: python

        tc = globus_sdk.TransferClient(authorizer=authorizer)
        for ep in tc.endpoint_search("tutorial", limit=5):
            print(ep["id"], ep["display_name"])

    Requests are retried as by :class:`~globus_sdk.transport.RequestsTransport`,
    except 5xx answers whose code is ``EndpointError`` or ``ExternalError``: those
    come from the endpoint itself and would fail again.
    """

    service_name = "transfer"
    paginated: TransferClientPaginators
    _paginator_table_class = TransferClientPaginators
    base_path = "/v0.10/"
    error_class = TransferAPIError
    transport_class = TransferRequestsTransport
    scopes = TransferScopes

    @utils.classproperty
    def default_scope_requirements(cls) -> list[Scope]:
        """The scopes requested through a ``GlobusApp``: ``TransferScopes.all``."""
        # a fresh list of fresh scopes: a caller cannot alter the class's defaults
        return [Scope(TransferScopes.all)]

    def add_app_data_access_scope(
        self, collection_ids: uuid.UUID | str | t.Iterable[uuid.UUID | str]
    ) -> TransferClient:
        """
        Ask the attached ``GlobusApp`` for the ``data_access`` scope of one or more
        Globus Connect Server collections, as optional dependencies of the Transfer
        ``all`` scope (mapped collections need them for Transfer to act on them).

        :param collection_ids: a collection ID or an iterable of them
        :raises ValidationError: if an ID is not a UUID
        :raises GlobusSDKUsageError: if the client has no ``app``

        .. code-block:: python

            tc = TransferClient(app=app).add_app_data_access_scope([SRC, DST])
        """
        if isinstance(collection_ids, (str, uuid.UUID)):
            collection_ids = (collection_ids,)
        ids = [_validate_collection_id(c) for c in collection_ids]
        dependencies = [
            Scope(GCSCollectionScopeBuilder(cid).data_access, optional=True) for cid in ids
        ]
        self.add_app_scope(Scope(TransferScopes.all, dependencies=dependencies))
        return self
