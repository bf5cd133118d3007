from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._task_fixtures import TASK_ID, event_doc

EVENTS = [
    event_doc(
        "SUCCEEDED",
        "succeeded",
        "Task completed: 3 files, 104857600 bytes",
        time="2026-11-28T22:04:41+00:00",
    ),
    event_doc(
        "CONNECTION_RESET",
        "connection reset",
        "Connection reset by peer (will retry)",
        is_error=True,
        time="2026-11-28T22:02:13+00:00",
    ),
    event_doc("STARTED", "started", "Task started", time="2026-11-28T22:00:05+00:00"),
]

RESPONSES = ResponseSet(
    metadata={"task_id": TASK_ID},
    default=RegisteredResponse(
        service="transfer",
        path=f"/task/{TASK_ID}/event_list",
        json={
            "DATA_TYPE": "event_list",
            "DATA": EVENTS,
            "length": len(EVENTS),
            "limit": 10,
            "offset": 0,
            "total": len(EVENTS),
        },
    ),
)
