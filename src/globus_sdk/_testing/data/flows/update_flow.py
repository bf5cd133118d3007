from __future__ import annotations

import typing as t

from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import FLOW_ID, GROUP_URN, flow_doc

# the keyword arguments of the update_flow() call the default case answers
_PARAMS: dict[str, t.Any] = {
    "title": "Copy a report (v2)",
    "subtitle": "",
    "keywords": [],
    "flow_starters": [GROUP_URN],
}

RESPONSES = ResponseSet(
    metadata={"flow_id": FLOW_ID, "params": _PARAMS},
    default=RegisteredResponse(
        service="flows",
        path=f"/flows/{FLOW_ID}",
        method="PUT",
        json=flow_doc(
            FLOW_ID, updated_at="2030-05-01T10:20:30.405060+00:00", **_PARAMS
        ),
    ),
)
