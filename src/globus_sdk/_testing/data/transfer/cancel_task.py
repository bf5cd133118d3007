from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._task_fixtures import REQUEST_ID, TASK_ID

RESPONSES = ResponseSet(
    metadata={"task_id": TASK_ID},
    default=RegisteredResponse(
        service="transfer",
        path=f"/task/{TASK_ID}/cancel",
        method="POST",
        json={
            "DATA_TYPE": "result",
            "code": "Canceled",
            "message": "The task has been cancelled successfully.",
            "request_id": REQUEST_ID,
            "resource": f"/task/{TASK_ID}/cancel",
        },
    ),
    already_done=RegisteredResponse(
        service="transfer",
        path=f"/task/{TASK_ID}/cancel",
        method="POST",
        json={
            "DATA_TYPE": "result",
            "code": "TaskComplete",
            "message": "The task completed before the cancel request was processed.",
            "request_id": REQUEST_ID,
            "resource": f"/task/{TASK_ID}/cancel",
        },
        status=409,
    ),
)
