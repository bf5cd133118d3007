from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._task_fixtures import TASK_ID, task_doc

RESPONSES = ResponseSet(
    metadata={"task_id": TASK_ID, "label": "Relabelled nightly sync"},
    default=RegisteredResponse(
        service="transfer",
        path=f"/task/{TASK_ID}",
        method="PUT",
        json=task_doc(TASK_ID, status="ACTIVE", label="Relabelled nightly sync"),
    ),
)
