from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._task_fixtures import ADMIN_CANCEL_ID, TASK_ID, TASK_ID_2

RESPONSES = ResponseSet(
    metadata={"admin_cancel_id": ADMIN_CANCEL_ID},
    default=RegisteredResponse(
        service="transfer",
        path=f"/endpoint_manager/admin_cancel/{ADMIN_CANCEL_ID}",
        json={
            "DATA_TYPE": "admin_cancel",
            "id": ADMIN_CANCEL_ID,
            "done": True,
            "task_id_list": [TASK_ID, TASK_ID_2],
            "message": "Cancelled for storage maintenance",
        },
    ),
)
