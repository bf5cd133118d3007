from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._task_fixtures import TASK_ID, task_doc

RESPONSES = ResponseSet(
    metadata={"task_id": TASK_ID},
    default=RegisteredResponse(
        service="transfer",
        path=f"/endpoint_manager/task/{TASK_ID}",
        json=task_doc(TASK_ID, status="ACTIVE"),
    ),
)
