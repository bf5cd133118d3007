from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from .._common import ENDPOINT_ID

RESPONSES = ResponseSet(
    metadata={"endpoint_id": ENDPOINT_ID},
    default=RegisteredResponse(
        service="compute",
        path=f"/v3/endpoints/{ENDPOINT_ID}",
        method="PUT",
        json={
            "endpoint_id": ENDPOINT_ID,
            "task_queue_info": {
                "connection_url": "amqps://amqp.compute.example.org:5671/tasks",
                "exchange": "tasks",
                "queue": f"{ENDPOINT_ID}.tasks",
            },
            "result_queue_info": {
                "connection_url": "amqps://amqp.compute.example.org:5671/results",
                "exchange": "results",
                "queue": "results",
                "queue_publish_kwargs": {"mandatory": True},
            },
            "warnings": [],
        },
    ),
)
