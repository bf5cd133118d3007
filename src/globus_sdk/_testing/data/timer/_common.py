"""Shared ids and document builders of the canned Timers responses."""

from __future__ import annotations

import typing as t

OWNER_ID = "7a3e9c1b-5f2d-4b86-a0e4-c9d1f3b7e520"
JOB_ID = "b9d4f2a6-8c1e-4e37-9a5b-3f7c0d2e6a18"
SECOND_JOB_ID = "e1c7a3f9-4b6d-4d28-b2e0-8a5f1c9d3b74"
SOURCE_ENDPOINT = "6c54cade-bde5-45c1-bdea-f4bd71dba2cc"
DESTINATION_ENDPOINT = "31d6d9e2-3f61-4a7c-8b4e-1f5c0e2d9a87"

TRANSFER_ACTION_URL = "https://actions.automate.globus.org/transfer/transfer/run"
TRANSFER_SCOPE = "urn:globus:auth:scope:transfer.api.globus.org:all"


def transfer_body(label: str = "Nightly backup") -> dict[str, t.Any]:
    """A transfer document as a timer stores it."""
    return {
        "DATA_TYPE": "transfer",
        "label": label,
        "source_endpoint": SOURCE_ENDPOINT,
        "destination_endpoint": DESTINATION_ENDPOINT,
        "sync_level": 3,
        "verify_checksum": True,
        "DATA": [
            {
                "DATA_TYPE": "transfer_item",
                "source_path": "/projects/alpha/results/",
                "destination_path": "/backups/alpha/results/",
                "recursive": True,
            }
        ],
    }


def job_doc(
    job_id: str = JOB_ID, name: str = "Nightly backup", **overrides: t.Any
) -> dict[str, t.Any]:
    """A timer as the jobs API (``/jobs``) returns it."""
    doc: dict[str, t.Any] = {
        "job_id": job_id,
        "name": name,
        "owner": OWNER_ID,
        "callback_url": TRANSFER_ACTION_URL,
        "callback_body": {"body": transfer_body(name)},
        "scope": None,
        "start": "2030-03-01T02:00:00+00:00",
        "interval": 86400,
        "stop_after": {"date": None, "n_runs": None},
        "status": "loaded",
        "inactive_reason": None,
        "submitted_at": "2030-02-27T17:45:12.398211+00:00",
        "last_ran_at": "2030-03-04T02:00:01.114205+00:00",
        "next_run": "2030-03-05T02:00:00+00:00",
        "n_runs": 4,
        "n_errors": 0,
        "results": {
            "data": [
                {
                    "_id": "f8c2a6e0-4d9b-4b13-8e7a-2c5f9b1d3e86",
                    "job_id": job_id,
                    "ran_at": "2030-03-04T02:00:01.114205+00:00",
                    "start_timestamp": "2030-03-04T02:00:00.982644+00:00",
                    "end_timestamp": "2030-03-04T02:00:01.114205+00:00",
                    "status": 202,
                    "errors": None,
                    "data": {
                        "action_id": "3b6e0d8f-f8b4-11f0-a4c2-0affd3b5e2a7",
                        "status": "ACTIVE",
                        "creator_id": f"urn:globus:auth:identity:{OWNER_ID}",
                        "start_time": "2030-03-04T02:00:01.051923+00:00",
                        "details": {"label": name},
                    },
                }
            ],
            "page_next": None,
        },
    }
    doc.update(overrides)
    return doc
