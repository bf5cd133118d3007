from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import (
    FLOW_ID,
    OTHER_IDENTITY_URN,
    RUN_ID,
    TRANSFER_FLOW_INPUT,
    error_body,
    flow_scope,
    run_doc,
)

# the keyword arguments of the run_flow() call each case answers
_REQUEST_PARAMS = {
    "body": TRANSFER_FLOW_INPUT,
    "label": "Copy the Q1 report",
    "tags": ["reports", "q1"],
    "run_monitors": [OTHER_IDENTITY_URN],
}
_METADATA = {"flow_id": FLOW_ID, "request_params": _REQUEST_PARAMS}

RESPONSES = ResponseSet(
    metadata=_METADATA,
    default=RegisteredResponse(
        service="flows",
        path=f"/flows/{FLOW_ID}/run",
        method="POST",
        status=201,
        json=run_doc(
            RUN_ID,
            FLOW_ID,
            status="ACTIVE",
            completion_time=None,
            label=_REQUEST_PARAMS["label"],
            tags=_REQUEST_PARAMS["tags"],
            run_monitors=_REQUEST_PARAMS["run_monitors"],
            monitor_by=_REQUEST_PARAMS["run_monitors"],
        ),
    ),
    # the token lacks the flow's scope (e.g. a FlowsClient token was used)
    missing_scope_error=RegisteredResponse(
        service="flows",
        path=f"/flows/{FLOW_ID}/run",
        method="POST",
        status=403,
        json=error_body(
            "MISSING_SCOPE",
            f"This action requires the following scope: {flow_scope(FLOW_ID)}",
        ),
    ),
)
