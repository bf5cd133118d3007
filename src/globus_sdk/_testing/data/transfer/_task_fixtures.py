"""
Ids and documents shared by the fixtures of the task and endpoint-manager task methods
of ``TransferClient`` (all invented).
"""

from __future__ import annotations

import typing as t

TASK_ID = "42277910-0c18-11ef-8a3b-0242ac110002"
TASK_ID_2 = "5c0a8e7e-0c19-11ef-8a3b-0242ac110002"
TASK_ID_3 = "7f3d2b9c-0c1a-11ef-8a3b-0242ac110002"
DELETE_TASK_ID = "9a1e4c6d-0c1b-11ef-8a3b-0242ac110002"
SUBMISSION_ID = "3b5f2c8e-0c17-11ef-8a3b-0242ac110002"
ADMIN_CANCEL_ID = "c1d7e2f3-4a5b-4c6d-8e9f-0a1b2c3d4e5f"
SOURCE_ENDPOINT_ID = "aa752cea-8222-5bc8-acd9-555b090c0ccb"
DESTINATION_ENDPOINT_ID = "313ce13e-b597-5858-ae13-29e46fea26e6"
OWNER_ID = "8ca28797-3541-4a5d-a264-05b00f91e608"
REQUEST_ID = "Xk4qP2mRt"


def task_doc(
    task_id: str = TASK_ID,
    *,
    status: str = "SUCCEEDED",
    type: str = "TRANSFER",
    label: str | None = "Nightly sync of run outputs",
    **fields: t.Any,
) -> dict[str, t.Any]:
    """A task document as ``GET /task/<id>`` returns it."""
    done = status in ("SUCCEEDED", "FAILED")
    doc: dict[str, t.Any] = {
        "DATA_TYPE": "task",
        "task_id": task_id,
        "type": type,
        "status": status,
        "nice_status": None if done else ("Queued" if status == "ACTIVE" else "PAUSED"),
        "label": label,
        "owner_id": OWNER_ID,
        "username": "u_rspj5yvpmfeu3lvvcmgcsetixu",
        "source_endpoint_id": SOURCE_ENDPOINT_ID,
        "source_endpoint_display_name": "Example University Research Storage",
        "destination_endpoint_id": (
            DESTINATION_ENDPOINT_ID if type == "TRANSFER" else None
        ),
        "destination_endpoint_display_name": (
            "Campus Archive" if type == "TRANSFER" else None
        ),
        "request_time": "2026-11-28T22:00:03+00:00",
        "completion_time": "2026-11-28T22:04:41+00:00" if done else None,
        "deadline": "2026-11-29T22:00:03+00:00",
        "files": 3,
        "directories": 1,
        "symlinks": 0,
        "files_skipped": 0,
        "files_transferred": 3 if done else 1,
        "bytes_transferred": 104857600 if done else 31457280,
        "bytes_checksummed": 0,
        "effective_bytes_per_second": 382136,
        "subtasks_total": 5,
        "subtasks_succeeded": 5 if done else 2,
        "subtasks_pending": 0 if done else 3,
        "subtasks_retrying": 0,
        "subtasks_failed": 0,
        "subtasks_canceled": 0,
        "subtasks_expired": 0,
        "subtasks_skipped_errors": 0,
        "faults": 0,
        "is_paused": status == "INACTIVE",
        "sync_level": None,
        "verify_checksum": True,
        "encrypt_data": False,
        "preserve_timestamp": False,
        "delete_destination_extra": False,
        "recursive_symlinks": "ignore",
        "skip_source_errors": False,
        "fail_on_quota_errors": False,
        "filter_rules": None,
        "source_local_user": None,
        "destination_local_user": None,
        "source_base_path": None,
        "destination_base_path": None,
        "history_deleted": False,
        "canceled_by_admin": None,
        "canceled_by_admin_message": None,
    }
    doc.update(fields)
    return doc


def task_list_page(
    tasks: list[dict[str, t.Any]], *, offset: int, total: int
) -> dict[str, t.Any]:
    """One page of ``GET /task_list``."""
    return {
        "DATA_TYPE": "task_list",
        "DATA": tasks,
        "length": len(tasks),
        "limit": 1000,
        "offset": offset,
        "total": total,
    }


def event_doc(
    code: str,
    description: str,
    details: str,
    *,
    is_error: bool = False,
    time: str = "2026-11-28T22:01:10+00:00",
) -> dict[str, t.Any]:
    """One entry of a task's ``event_list``."""
    return {
        "DATA_TYPE": "event",
        "code": code,
        "description": description,
        "details": details,
        "is_error": is_error,
        "time": time,
    }


def successful_transfer(source_path: str, destination_path: str) -> dict[str, t.Any]:
    """One entry of ``successful_transfers``."""
    return {
        "DATA_TYPE": "successful_transfer",
        "source_path": source_path,
        "destination_path": destination_path,
    }


def skipped_error(
    source_path: str, destination_path: str, error_code: str, details: str
) -> dict[str, t.Any]:
    """One entry of ``skipped_errors``."""
    return {
        "DATA_TYPE": "skipped_error",
        "checksum_algorithm": None,
        "destination_path": destination_path,
        "error_code": error_code,
        "error_details": details,
        "error_time": "2026-11-28T22:02:55+00:00",
        "external_checksum": None,
        "is_delete_destination_extra": False,
        "is_directory": False,
        "is_symlink": False,
        "source_path": source_path,
    }
