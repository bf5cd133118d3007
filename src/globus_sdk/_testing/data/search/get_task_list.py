from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import INDEX_ID, TASK_ID, TASK_ID_2
from .get_task import TASK

TASKS = [
    TASK,
    {
        **TASK,
        "task_id": TASK_ID_2,
        "task_type": "DELETE_BY_QUERY",
        "state": "PENDING",
        "state_description": "Task pending",
        "completion_date": None,
        "message": "Task pending",
        "additional_details": None,
    },
]

RESPONSES = ResponseSet(
    metadata={"index_id": INDEX_ID, "task_ids": [TASK_ID, TASK_ID_2]},
    default=RegisteredResponse(
        service="search", path=f"/v1/task_list/{INDEX_ID}", json={"tasks": TASKS}
    ),
)
