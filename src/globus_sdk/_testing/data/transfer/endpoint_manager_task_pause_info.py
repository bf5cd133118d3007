from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._task_fixtures import TASK_ID
from .task_pause_info import PAUSE_INFO

RESPONSES = ResponseSet(
    metadata={"task_id": TASK_ID},
    default=RegisteredResponse(
        service="transfer",
        path=f"/endpoint_manager/task/{TASK_ID}/pause_info",
        json={**PAUSE_INFO, "DATA_TYPE": "pause_info"},
    ),
)
