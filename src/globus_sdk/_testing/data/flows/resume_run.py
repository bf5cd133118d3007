from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import FLOW_ID, RUN_ID, run_doc

RESPONSES = ResponseSet(
    metadata={"flow_id": FLOW_ID, "run_id": RUN_ID},
    default=RegisteredResponse(
        service="flows",
        path=f"/runs/{RUN_ID}/resume",
        method="POST",
        json=run_doc(
            RUN_ID,
            FLOW_ID,
            status="ACTIVE",
            details={
                "code": "ActionStarted",
                "description": "State CopyFile of type Action started",
            },
        ),
    ),
)
