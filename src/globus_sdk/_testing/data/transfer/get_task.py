from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._task_fixtures import REQUEST_ID, TASK_ID, task_doc

RESPONSES = ResponseSet(
    metadata={"task_id": TASK_ID},
    default=RegisteredResponse(
        service="transfer", path=f"/task/{TASK_ID}", json=task_doc(TASK_ID)
    ),
    active=RegisteredResponse(
        service="transfer",
        path=f"/task/{TASK_ID}",
        json=task_doc(TASK_ID, status="ACTIVE"),
    ),
    not_found=RegisteredResponse(
        service="transfer",
        path=f"/task/{TASK_ID}",
        json={
            "code": "TaskNotFound",
            "message": f"Task '{TASK_ID}' not found",
            "request_id": REQUEST_ID,
            "resource": f"/task/{TASK_ID}",
        },
        status=404,
    ),
)
