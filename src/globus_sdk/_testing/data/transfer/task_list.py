"""``GET /task_list``: ``default`` is one page of three tasks; ``paginated`` serves the
same three tasks as two pages (2 + 1, ``total`` 3) for ``client.paginated.task_list()``."""

from globus_sdk._testing.models import RegisteredResponse, ResponseList, ResponseSet

from ._task_fixtures import (
    DELETE_TASK_ID,
    DESTINATION_ENDPOINT_ID,
    SOURCE_ENDPOINT_ID,
    TASK_ID,
    TASK_ID_2,
    task_doc,
    task_list_page,
)

_TASKS = [
    task_doc(TASK_ID, status="SUCCEEDED"),
    task_doc(TASK_ID_2, status="ACTIVE", label="Instrument raw data ingest"),
    task_doc(
        DELETE_TASK_ID, status="SUCCEEDED", type="DELETE", label="Scratch cleanup"
    ),
]
TASKS_METADATA = [
    {
        "task_id": task["task_id"],
        "source": SOURCE_ENDPOINT_ID,
        "destination": DESTINATION_ENDPOINT_ID if task["type"] == "TRANSFER" else None,
        "status": task["status"],
    }
    for task in _TASKS
]

RESPONSES = ResponseSet(
    metadata={"tasks": TASKS_METADATA},
    default=RegisteredResponse(
        service="transfer",
        path="/task_list",
        json=task_list_page(_TASKS, offset=0, total=len(_TASKS)),
        metadata={"tasks": TASKS_METADATA},
    ),
    paginated=ResponseList(
        RegisteredResponse(
            service="transfer",
            path="/task_list",
            json=task_list_page(_TASKS[:2], offset=0, total=len(_TASKS)),
        ),
        RegisteredResponse(
            service="transfer",
            path="/task_list",
            json=task_list_page(_TASKS[2:], offset=2, total=len(_TASKS)),
        ),
        metadata={"tasks": TASKS_METADATA},
    ),
)
