from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from .._common import TASK_ID

RESPONSES = ResponseSet(
    metadata={"task_id": TASK_ID},
    default=RegisteredResponse(
        service="compute",
        path=f"/v2/tasks/{TASK_ID}",
        json={
            "task_id": TASK_ID,
            "status": "success",
            "result": "10 ## flattened\nSGVsbG8gV29ybGQh\n",
            "completion_t": "1718121600.125",
            "details": {
                "os": "Linux-5.14.0-x86_64-with-glibc2.34",
                "python_version": "3.11.7",
                "dill_version": "0.3.8",
                "globus_compute_sdk_version": "2.20.0",
                "task_transitions": {
                    "execution-start": 1718121599.9,
                    "execution-end": 1718121600.1,
                },
            },
        },
    ),
)
