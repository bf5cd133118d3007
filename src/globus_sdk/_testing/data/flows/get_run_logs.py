"""
``get_run_logs`` responses, and their data as module constants for tests to import:

- ``RUN_ID``, ``OWNER_URN``: the run and its owner.
- ``RUN_LOGS_RESPONSE``: the body of the ``default`` case (one page, all entries).
- ``PAGINATED_RUN_LOG_RESPONSES``: the bodies of the ``paginated`` case's pages, in
  order; each page after the first is matched on the previous page's ``marker``.
"""

from __future__ import annotations

import typing as t

from globus_sdk._testing.models import RegisteredResponse, ResponseList, ResponseSet

from ._common import OWNER_URN, RUN_ID, TRANSFER_FLOW_INPUT, marker_matcher

_TRANSFER_TASK_ID = "f4a8c2e6-3b7d-11f0-9c1e-0affd3b5e2a7"


def _entry(
    code: str, description: str, time: str, **details: t.Any
) -> dict[str, t.Any]:
    return {"code": code, "description": description, "time": time, "details": details}


_ENTRIES = [
    _entry(
        "FlowStarted",
        "The Flow Instance started execution",
        "2030-04-02T08:00:03.517742+00:00",
        input=TRANSFER_FLOW_INPUT,
    ),
    _entry(
        "ActionStarted",
        "State CopyFile of type Action started",
        "2030-04-02T08:00:04.201355+00:00",
        state_name="CopyFile",
        state_type="Action",
        action_id=_TRANSFER_TASK_ID,
    ),
    _entry(
        "ActionCompleted",
        "State CopyFile of type Action completed",
        "2030-04-02T08:01:14.872019+00:00",
        state_name="CopyFile",
        state_type="Action",
        output={"CopyResult": {"status": "SUCCEEDED", "task_id": _TRANSFER_TASK_ID}},
    ),
    _entry(
        "FlowSucceeded",
        "The Flow Instance completed successfully",
        "2030-04-02T08:01:15.230581+00:00",
        output={"CopyResult": {"status": "SUCCEEDED", "task_id": _TRANSFER_TASK_ID}},
    ),
]

RUN_LOGS_RESPONSE: dict[str, t.Any] = {
    "limit": 10,
    "has_next_page": False,
    "marker": None,
    "entries": _ENTRIES,
}

# three pages of at most 2 entries: the first 2 entries, the last 2, then nothing
_MARKERS = [None, "eyJvZmZzZXQiOiAyfQ==", "eyJvZmZzZXQiOiA0fQ=="]
PAGINATED_RUN_LOG_RESPONSES: list[dict[str, t.Any]] = [
    {"limit": 2, "has_next_page": True, "marker": _MARKERS[1], "entries": _ENTRIES[:2]},
    {"limit": 2, "has_next_page": True, "marker": _MARKERS[2], "entries": _ENTRIES[2:]},
    {"limit": 2, "has_next_page": False, "marker": None, "entries": []},
]

RESPONSES = ResponseSet(
    metadata={"run_id": RUN_ID},
    default=RegisteredResponse(
        service="flows", path=f"/runs/{RUN_ID}/log", json=RUN_LOGS_RESPONSE
    ),
    paginated=ResponseList(
        *(
            RegisteredResponse(
                service="flows",
                path=f"/runs/{RUN_ID}/log",
                json=page,
                match=[marker_matcher(marker)],
            )
            for page, marker in zip(PAGINATED_RUN_LOG_RESPONSES, _MARKERS)
        ),
        metadata={"run_id": RUN_ID},
    ),
)

__all__ = (
    "OWNER_URN",
    "PAGINATED_RUN_LOG_RESPONSES",
    "RESPONSES",
    "RUN_ID",
    "RUN_LOGS_RESPONSE",
)
