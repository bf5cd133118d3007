from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._task_fixtures import TASK_ID, skipped_error

RESPONSES = ResponseSet(
    metadata={"task_id": TASK_ID},
    default=RegisteredResponse(
        service="transfer",
        path=f"/endpoint_manager/task/{TASK_ID}/skipped_errors",
        json={
            "DATA_TYPE": "skipped_errors",
            "DATA": [
                skipped_error(
                    "/projects/run-17/locked.dat",
                    "/archive/run-17/locked.dat",
                    "PERMISSION_DENIED",
                    "Permission denied reading /projects/run-17/locked.dat",
                )
            ],
            "marker": None,
            "next_marker": None,
        },
    ),
)
