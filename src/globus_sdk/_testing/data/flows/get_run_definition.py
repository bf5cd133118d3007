from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import (
    FLOW_ID,
    RUN_ID,
    TRANSFER_FLOW_DEFINITION,
    TRANSFER_FLOW_INPUT_SCHEMA,
)

RESPONSES = ResponseSet(
    metadata={"run_id": RUN_ID},
    default=RegisteredResponse(
        service="flows",
        path=f"/runs/{RUN_ID}/definition",
        json={
            "flow_id": FLOW_ID,
            "definition": TRANSFER_FLOW_DEFINITION,
            "input_schema": TRANSFER_FLOW_INPUT_SCHEMA,
        },
    ),
)
