from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._task_fixtures import REQUEST_ID, TASK_ID, TASK_ID_2

RESPONSES = ResponseSet(
    metadata={"task_ids": [TASK_ID, TASK_ID_2]},
    default=RegisteredResponse(
        service="transfer",
        path="/endpoint_manager/admin_pause",
        method="POST",
        json={
            "DATA_TYPE": "result",
            "code": "PauseAccepted",
            "message": "The tasks have been paused.",
            "request_id": REQUEST_ID,
            "resource": "/endpoint_manager/admin_pause",
        },
    ),
)
