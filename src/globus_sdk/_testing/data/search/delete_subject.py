from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import INDEX_ID, SUBJECT, TASK_ID, task_submitted

RESPONSES = ResponseSet(
    metadata={"index_id": INDEX_ID, "subject": SUBJECT, "task_id": TASK_ID},
    default=RegisteredResponse(
        service="search",
        path=f"/v1/index/{INDEX_ID}/subject",
        method="DELETE",
        json=task_submitted(TASK_ID),
    ),
)
