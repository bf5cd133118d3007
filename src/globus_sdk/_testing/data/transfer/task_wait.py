"""``task_wait`` polls ``GET /task/<id>``: the task is ACTIVE twice, then SUCCEEDED."""

from globus_sdk._testing.models import RegisteredResponse, ResponseList, ResponseSet

from ._task_fixtures import TASK_ID, task_doc

RESPONSES = ResponseSet(
    metadata={"task_id": TASK_ID},
    default=ResponseList(
        RegisteredResponse(
            service="transfer", path=f"/task/{TASK_ID}", json=task_doc(status="ACTIVE")
        ),
        RegisteredResponse(
            service="transfer", path=f"/task/{TASK_ID}", json=task_doc(status="ACTIVE")
        ),
        RegisteredResponse(
            service="transfer",
            path=f"/task/{TASK_ID}",
            json=task_doc(status="SUCCEEDED"),
        ),
    ),
    never_done=RegisteredResponse(
        service="transfer", path=f"/task/{TASK_ID}", json=task_doc(status="ACTIVE")
    ),
)
