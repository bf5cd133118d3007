from __future__ import annotations

import datetime
import typing as t
import uuid

from globus_sdk import exc, utils

if t.TYPE_CHECKING:
    import globus_sdk

#: the names of the ``sync_level`` values and the numbers Transfer uses for them
SYNC_LEVELS: dict[str, int] = {"exists": 0, "size": 1, "mtime": 2, "checksum": 3}


def _parse_sync_level(sync_level: int | str) -> int | str:
    # names become their numbers; anything else is sent as given (the API validates)
    if isinstance(sync_level, str):
        return SYNC_LEVELS.get(sync_level, sync_level)
    return sync_level


class TransferData(utils.PayloadWrapper):
    r"""
    A transfer task document, to pass to
    :meth:`~globus_sdk.TransferClient.submit_transfer`.

    Add what to copy with :meth:`add_item` (and :meth:`add_symlink_item`); files can be
    selected with :meth:`add_filter_rule`. If ``submission_id`` is not given,
    ``submit_transfer`` fetches one (with ``get_submission_id``) and stores it here, so
    re-submitting the same document after a network failure cannot start the task twice.

    :param transfer_client: optional: if given, a submission ID is fetched with it
        right away (``submit_transfer`` does this otherwise)
    :param source_endpoint: the source collection or endpoint ID
    :param destination_endpoint: the destination collection or endpoint ID
    :param label: a label for the task
    :param submission_id: a submission ID from ``get_submission_id``
    :param sync_level: only copy files that differ: ``"exists"`` (0), ``"size"`` (1),
        ``"mtime"`` (2) or ``"checksum"`` (3); names are sent as their numbers
    :param verify_checksum: verify checksums after the copy
    :param preserve_timestamp: set destination modification times to the source's
    :param encrypt_data: encrypt the data channel
    :param deadline: cancel the task at this time (ISO 8601 string or ``datetime``)
    :param skip_activation_check: skip the (legacy) endpoint activation check
    :param skip_source_errors: skip source paths that cannot be read instead of failing
    :param fail_on_quota_errors: fail the task when the destination quota is exceeded
    :param recursive_symlinks: what a recursive copy does with symlinks:
        ``"ignore"``, ``"keep"`` or ``"copy"``
    :param delete_destination_extra: delete destination files absent from the source
        (recursive copies only)
    :param notify_on_succeeded: send a notification email when the task succeeds
    :param notify_on_failed: send a notification email when the task fails
    :param notify_on_inactive: send a notification email when the task is paused
    :param source_local_user: the local user to read as on the source
    :param destination_local_user: the local user to write as on the destination
    :param additional_fields: more top-level fields for the document

    .. code-block:: python

        tdata = TransferData(source_endpoint=SRC, destination_endpoint=DST,
                             label="nightly copy", sync_level="checksum")
        tdata.add_item("/~/data/", "/~/backup/data/", recursive=True)
        task_id = tc.submit_transfer(tdata)["task_id"]
    """

    def __init__(
        self,
        transfer_client: globus_sdk.TransferClient | None = None,
        source_endpoint: uuid.UUID | str | None = None,
        destination_endpoint: uuid.UUID | str | None = None,
        *,
        label: str | None = None,
        submission_id: uuid.UUID | str | None = None,
        sync_level: int | None | t.Literal["exists", "size", "mtime", "checksum"] = None,
        verify_checksum: bool = False,
        preserve_timestamp: bool = False,
        encrypt_data: bool = False,
        deadline: datetime.datetime | str | None = None,
        skip_activation_check: bool | None = None,
        skip_source_errors: bool = False,
        fail_on_quota_errors: bool = False,
        recursive_symlinks: str | None = None,
        delete_destination_extra: bool = False,
        notify_on_succeeded: bool = True,
        notify_on_failed: bool = True,
        notify_on_inactive: bool = True,
        source_local_user: str | None = None,
        destination_local_user: str | None = None,
        additional_fields: dict[str, t.Any] | None = None,
    ) -> None:
        super().__init__()
        if source_endpoint is None or destination_endpoint is None:
            raise exc.GlobusSDKUsageError(
                "TransferData requires a source_endpoint and a destination_endpoint"
            )
        if submission_id is None and transfer_client is not None:
            submission_id = transfer_client.get_submission_id()["value"]
        data = self.data
        data["DATA_TYPE"] = "transfer"
        data["DATA"] = []
        self._set_optstrs(
            source_endpoint=source_endpoint,
            destination_endpoint=destination_endpoint,
            label=label,
            submission_id=submission_id,
            recursive_symlinks=recursive_symlinks,
            deadline=deadline,
            source_local_user=source_local_user,
            destination_local_user=destination_local_user,
        )
        self._set_optbools(
            verify_checksum=verify_checksum,
            preserve_timestamp=preserve_timestamp,
            encrypt_data=encrypt_data,
            skip_activation_check=skip_activation_check,
            skip_source_errors=skip_source_errors,
            fail_on_quota_errors=fail_on_quota_errors,
            delete_destination_extra=delete_destination_extra,
            notify_on_succeeded=notify_on_succeeded,
            notify_on_failed=notify_on_failed,
            notify_on_inactive=notify_on_inactive,
        )
        if sync_level is not None:
            data["sync_level"] = _parse_sync_level(sync_level)
        if additional_fields:
            data.update(additional_fields)

    def add_item(
        self,
        source_path: str,
        destination_path: str,
        *,
        recursive: bool | None = None,
        external_checksum: str | None = None,
        checksum_algorithm: str | None = None,
        additional_fields: dict[str, t.Any] | None = None,
    ) -> None:
        """
        Add a file or directory to copy (a ``transfer_item``). A symlink is followed:
        its target is copied.

        :param source_path: the path on the source
        :param destination_path: the full path on the destination
        :param recursive: True for a directory; omitted when None (the API then
            detects directories itself)
        :param external_checksum: the file's known checksum, verified after the copy
        :param checksum_algorithm: the algorithm of ``external_checksum`` or of
            verification (e.g. ``"MD5"``, ``"SHA256"``)
        :param additional_fields: more fields for this item
        """
        # this runs once per item of possibly huge documents: keep it a dict literal
        # and a few comparisons, no per-item validation or helper calls
        item: dict[str, t.Any] = {
            "DATA_TYPE": "transfer_item",
            "source_path": source_path,
            "destination_path": destination_path,
        }
        if recursive is not None:
            item["recursive"] = recursive
        if external_checksum is not None:
            item["external_checksum"] = external_checksum
        if checksum_algorithm is not None:
            item["checksum_algorithm"] = checksum_algorithm
        if additional_fields:
            item.update(additional_fields)
        self.data["DATA"].append(item)

    def add_symlink_item(self, source_path: str, destination_path: str) -> None:
        """
        Add a symlink to copy as a symlink (a ``transfer_symlink_item``), not as its
        target.
        """
        self.data["DATA"].append(
            {
                "DATA_TYPE": "transfer_symlink_item",
                "source_path": source_path,
                "destination_path": destination_path,
            }
        )

    def add_filter_rule(
        self,
        name: str,
        *,
        method: t.Literal["include", "exclude"] = "exclude",
        type: None | t.Literal["file", "dir"] = None,
    ) -> None:
        """
        Add a filter rule for recursive copies: paths whose name matches the glob
        ``name`` are included or excluded. Rules apply in the order they are added.

        :param name: a glob such as ``"*.tmp"``
        :param method: ``"exclude"`` (default) or ``"include"``
        :param type: only match files (``"file"``) or directories (``"dir"``)

        .. code-block:: python

            tdata.add_filter_rule("*.tmp")                       # skip temp files
            tdata.add_filter_rule("keep", method="include", type="dir")
        """
        rule: dict[str, t.Any] = {"DATA_TYPE": "filter_rule", "method": method, "name": name}
        if type is not None:
            rule["type"] = type
        self.data.setdefault("filter_rules", []).append(rule)

    def iter_items(self) -> t.Iterator[dict[str, t.Any]]:
        """Iterate over the items added so far (the ``DATA`` list)."""
        yield from self.data["DATA"]
