from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._task_fixtures import TASK_ID, successful_transfer

RESPONSES = ResponseSet(
    metadata={"task_id": TASK_ID},
    default=RegisteredResponse(
        service="transfer",
        path=f"/endpoint_manager/task/{TASK_ID}/successful_transfers",
        json={
            "DATA_TYPE": "successful_transfers",
            "DATA": [
                successful_transfer("/projects/run-17/a.h5", "/archive/run-17/a.h5"),
                successful_transfer("/projects/run-17/b.h5", "/archive/run-17/b.h5"),
            ],
            "marker": None,
            "next_marker": None,
        },
        metadata={"task_id": TASK_ID},
    ),
)
