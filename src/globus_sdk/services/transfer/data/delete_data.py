from __future__ import annotations

import datetime
import typing as t
import uuid

from globus_sdk import exc, utils

if t.TYPE_CHECKING:
    import globus_sdk


class DeleteData(utils.PayloadWrapper):
    r"""
    A delete task document, to pass to :meth:`~globus_sdk.TransferClient.submit_delete`.

    Add paths with :meth:`add_item`. If ``submission_id`` is not given, ``submit_delete``
    fetches one and stores it here, so re-submitting the document is safe.

    :param transfer_client: optional: if given, a submission ID is fetched with it
        right away (``submit_delete`` does this otherwise)
    :param endpoint: the collection or endpoint ID to delete from
    :param label: a label for the task
    :param submission_id: a submission ID from ``get_submission_id``
    :param recursive: delete directories and their contents
    :param ignore_missing: do not fail on paths that do not exist
    :param interpret_globs: treat ``*``, ``?`` and ``[]`` in paths as globs
    :param deadline: cancel the task at this time (ISO 8601 string or ``datetime``)
    :param skip_activation_check: skip the (legacy) endpoint activation check
    :param notify_on_succeeded: send a notification email when the task succeeds
    :param notify_on_failed: send a notification email when the task fails
    :param notify_on_inactive: send a notification email when the task is paused
    :param local_user: the local user to delete as
    :param additional_fields: more top-level fields for the document

    .. code-block:: python

        ddata = DeleteData(endpoint=COLLECTION, recursive=True, label="cleanup")
        ddata.add_item("/~/scratch/run-1/")
        task_id = tc.submit_delete(ddata)["task_id"]
    """

    def __init__(
        self,
        transfer_client: globus_sdk.TransferClient | None = None,
        endpoint: uuid.UUID | str | None = None,
        *,
        label: str | None = None,
        submission_id: uuid.UUID | str | None = None,
        recursive: bool = False,
        ignore_missing: bool = False,
        interpret_globs: bool = False,
        deadline: str | datetime.datetime | None = None,
        skip_activation_check: bool | None = None,
        notify_on_succeeded: bool = True,
        notify_on_failed: bool = True,
        notify_on_inactive: bool = True,
        local_user: str | None = None,
        additional_fields: dict[str, t.Any] | None = None,
    ) -> None:
        super().__init__()
        if endpoint is None:
            raise exc.GlobusSDKUsageError("DeleteData requires an endpoint")
        if submission_id is None and transfer_client is not None:
            submission_id = transfer_client.get_submission_id()["value"]
        self.data["DATA_TYPE"] = "delete"
        self.data["DATA"] = []
        self._set_optstrs(
            endpoint=endpoint,
            label=label,
            submission_id=submission_id,
            deadline=deadline,
            local_user=local_user,
        )
        self._set_optbools(
            recursive=recursive,
            ignore_missing=ignore_missing,
            interpret_globs=interpret_globs,
            skip_activation_check=skip_activation_check,
            notify_on_succeeded=notify_on_succeeded,
            notify_on_failed=notify_on_failed,
            notify_on_inactive=notify_on_inactive,
        )
        if additional_fields:
            self.data.update(additional_fields)

    def add_item(self, path: str, *, additional_fields: dict[str, t.Any] | None = None) -> None:
        """
        Add a path to delete (a ``delete_item``). Directories need ``recursive=True``
        on the document; symlinks are deleted, never followed.
        """
        item: dict[str, t.Any] = {"DATA_TYPE": "delete_item", "path": path}
        if additional_fields:
            item.update(additional_fields)
        self.data["DATA"].append(item)

    def iter_items(self) -> t.Iterator[dict[str, t.Any]]:
        """Iterate over the items added so far (the ``DATA`` list)."""
        yield from self.data["DATA"]
