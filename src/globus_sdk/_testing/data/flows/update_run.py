from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import FLOW_ID, GROUP_URN, RUN_ID, run_doc

RESPONSES = ResponseSet(
    metadata={"flow_id": FLOW_ID, "run_id": RUN_ID},
    default=RegisteredResponse(
        service="flows",
        path=f"/runs/{RUN_ID}",
        method="PUT",
        json=run_doc(
            RUN_ID,
            FLOW_ID,
            label="Copy the Q1 report (rerun)",
            tags=["reports", "q1", "rerun"],
            run_managers=[GROUP_URN],
            manage_by=[GROUP_URN],
        ),
    ),
)
