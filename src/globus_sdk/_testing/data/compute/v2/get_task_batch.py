from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from .._common import TASK_ID

RESPONSES = ResponseSet(
    metadata={"task_id": TASK_ID},
    default=RegisteredResponse(
        service="compute",
        path="/v2/batch_status",
        method="POST",
        json={
            "response": "batch",
            "results": {
                TASK_ID: {
                    "task_id": TASK_ID,
                    "status": "success",
                    "result": "10 ## flattened\nSGVsbG8gV29ybGQh\n",
                    "completion_t": "1718121600.125",
                }
            },
        },
    ),
)
