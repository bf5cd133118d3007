from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._task_fixtures import ADMIN_CANCEL_ID, TASK_ID, TASK_ID_2

RESPONSES = ResponseSet(
    metadata={"admin_cancel_id": ADMIN_CANCEL_ID, "task_ids": [TASK_ID, TASK_ID_2]},
    default=RegisteredResponse(
        service="transfer",
        path="/endpoint_manager/admin_cancel",
        method="POST",
        json={
            "DATA_TYPE": "admin_cancel",
            "id": ADMIN_CANCEL_ID,
            "done": False,
            "task_id_list": [TASK_ID, TASK_ID_2],
            "message": "Cancelled for storage maintenance",
        },
    ),
)
