from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from .._common import ENDPOINT_ID

RESPONSES = ResponseSet(
    metadata={"endpoint_id": ENDPOINT_ID},
    default=RegisteredResponse(
        service="compute",
        path=f"/v2/endpoints/{ENDPOINT_ID}/status",
        json={
            "status": "online",
            "details": {
                "total_workers": 4,
                "idle_workers": 3,
                "pending_tasks": 0,
                "outstanding_tasks": 1,
                "managers": 1,
                "heartbeat_period": 30,
            },
        },
    ),
)
