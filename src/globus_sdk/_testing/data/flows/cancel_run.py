from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import RUN_ID, run_doc

RESPONSES = ResponseSet(
    metadata={"run_id": RUN_ID},
    default=RegisteredResponse(
        service="flows",
        path=f"/runs/{RUN_ID}/cancel",
        method="POST",
        json=run_doc(
            RUN_ID,
            status="ACTIVE",
            display_status="CANCELLING",
            details={
                "code": "FlowCancelling",
                "description": "The Flow run is being cancelled",
            },
        ),
    ),
)
