"""Shared ids and document builders of the canned Flows responses."""

from __future__ import annotations

import typing as t
import urllib.parse

OWNER_ID = "b7b4d5e2-3c9a-4f5e-9d1a-6a2f4c8e0b13"
OWNER_URN = f"urn:globus:auth:identity:{OWNER_ID}"
OTHER_IDENTITY_URN = "urn:globus:auth:identity:5d0a71c3-8e2f-4b6a-a9c4-2f7e1b3d9c58"
GROUP_URN = "urn:globus:groups:id:e3a81c5f-6b2d-4a9e-8c17-94d0f2b6a7c1"
SUBSCRIPTION_ID = "0a6e4f2b-91c8-4d37-b5e2-c8f13a9d7e60"

FLOW_ID = "3f6a9c2e-7b14-4d85-9e0a-c5b2d8f17a34"
SECOND_FLOW_ID = "8c1e5b7d-2a9f-4c36-b0e4-d7a3f9c25e18"
RUN_ID = "9e2d4b6f-1c8a-4e57-a3b9-f0c6d2e84a71"
SECOND_RUN_ID = "4a7c9e1b-5d3f-4b28-8e6a-b2f0d4c7a953"

# a flow which copies a file with the Transfer action provider
TRANSFER_FLOW_DEFINITION: dict[str, t.Any] = {
    "Comment": "Copy a file from one collection to another",
    "StartAt": "CopyFile",
    "States": {
        "CopyFile": {
            "Type": "Action",
            "ActionUrl": "https://transfer.actions.globus.org/transfer",
            "Parameters": {
                "source_endpoint.$": "$.source.id",
                "destination_endpoint.$": "$.destination.id",
                "DATA": [
                    {
                        "source_path.$": "$.source.path",
                        "destination_path.$": "$.destination.path",
                    }
                ],
            },
            "ResultPath": "$.CopyResult",
            "End": True,
        }
    },
}
TRANSFER_FLOW_INPUT_SCHEMA: dict[str, t.Any] = {
    "type": "object",
    "required": ["source", "destination"],
    "properties": {
        "source": {
            "type": "object",
            "required": ["id", "path"],
            "properties": {"id": {"type": "string"}, "path": {"type": "string"}},
        },
        "destination": {
            "type": "object",
            "required": ["id", "path"],
            "properties": {"id": {"type": "string"}, "path": {"type": "string"}},
        },
    },
}
# a valid input of the flow above
TRANSFER_FLOW_INPUT: dict[str, t.Any] = {
    "source": {
        "id": "6c54cade-bde5-45c1-bdea-f4bd71dba2cc",
        "path": "/~/reports/2030-q1.csv",
    },
    "destination": {
        "id": "31d6d9e2-3f61-4a7c-8b4e-1f5c0e2d9a87",
        "path": "/archive/reports/2030-q1.csv",
    },
}


def flow_scope(flow_id: str) -> str:
    """The ``user`` scope of a flow."""
    return f"https://auth.globus.org/scopes/{flow_id}/flow_{flow_id.replace('-', '_')}_user"


def flow_doc(
    flow_id: str = FLOW_ID,
    title: str = "Copy a report",
    **overrides: t.Any,
) -> dict[str, t.Any]:
    """A flow document as the Flows service returns it."""
    doc: dict[str, t.Any] = {
        "id": flow_id,
        "title": title,
        "subtitle": "Copies one file between two collections",
        "description": "Copies a quarterly report to the archive collection.",
        "keywords": ["transfer", "reports"],
        "definition": TRANSFER_FLOW_DEFINITION,
        "input_schema": TRANSFER_FLOW_INPUT_SCHEMA,
        "globus_auth_scope": flow_scope(flow_id),
        "globus_auth_username": f"{flow_id}@clients.auth.globus.org",
        "principal_urn": f"urn:globus:auth:identity:{flow_id}",
        "synchronous": False,
        "log_supported": True,
        "types": ["Action"],
        "api_version": "1.0",
        "created_at": "2030-01-14T16:02:11.052931+00:00",
        "updated_at": "2030-02-03T09:41:27.608115+00:00",
        "created_by": OWNER_URN,
        "flow_owner": OWNER_URN,
        "flow_viewers": [],
        "flow_starters": [],
        "flow_administrators": [],
        "run_managers": [],
        "run_monitors": [],
        "subscription_id": None,
        "user_role": "flow_owner",
        "action_url": f"https://flows.automate.globus.org/flows/{flow_id}",
        "flow_url": f"https://flows.automate.globus.org/flows/{flow_id}",
        "run_url": f"https://flows.automate.globus.org/flows/{flow_id}/run",
    }
    doc.update(overrides)
    return doc


def run_doc(
    run_id: str = RUN_ID,
    flow_id: str = FLOW_ID,
    status: str = "SUCCEEDED",
    **overrides: t.Any,
) -> dict[str, t.Any]:
    """A run document as the Flows service returns it."""
    finished = status in ("SUCCEEDED", "FAILED", "ENDED")
    doc: dict[str, t.Any] = {
        "run_id": run_id,
        "action_id": run_id,
        "flow_id": flow_id,
        "flow_title": "Copy a report",
        "flow_last_updated": "2030-02-03T09:41:27.608115+00:00",
        "label": "Copy the Q1 report",
        "tags": ["reports", "q1"],
        "status": status,
        "display_status": status,
        "start_time": "2030-04-02T08:00:03.517742+00:00",
        "completion_time": "2030-04-02T08:01:15.230581+00:00" if finished else None,
        "created_by": OWNER_URN,
        "run_owner": OWNER_URN,
        "run_managers": [],
        "run_monitors": [],
        "user_role": "run_owner",
        "manage_by": [],
        "monitor_by": [],
        "activity_notification_policy": {"status": ["INACTIVE"]},
        "details": {
            "code": "FlowSucceeded" if status == "SUCCEEDED" else "FlowStarted",
            "description": (
                "The Flow run reached a successful completion state"
                if status == "SUCCEEDED"
                else "The Flow run has started"
            ),
            "output": {**TRANSFER_FLOW_INPUT},
        },
    }
    doc.update(overrides)
    return doc


def marker_matcher(
    marker: str | None,
) -> t.Callable[[t.Any], tuple[bool, str]]:
    """A ``responses`` matcher: the request's ``marker`` query parameter is ``marker``."""

    def match(request: t.Any) -> tuple[bool, str]:
        query = urllib.parse.urlsplit(request.url).query
        got = urllib.parse.parse_qs(query).get("marker", [None])[0]
        if got == marker:
            return True, ""
        return False, f"marker {got!r} does not match {marker!r}"

    return match


def error_body(code: str, detail: t.Any, **extra: t.Any) -> dict[str, t.Any]:
    """An error body as the Flows service returns it."""
    return {
        "error": {"code": code, "detail": detail, **extra},
        "debug_id": "41b2c6e8-7d9a-4f13-b5c0-e8a2d4f6c917",
    }
