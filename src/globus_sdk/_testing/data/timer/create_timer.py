from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import (
    DESTINATION_ENDPOINT,
    JOB_ID,
    OWNER_ID,
    SOURCE_ENDPOINT,
    transfer_body,
)

_TIMER = {
    "job_id": JOB_ID,
    "timer_type": "transfer",
    "name": "Nightly backup",
    "owner": OWNER_ID,
    "schedule": {
        "type": "recurring",
        "interval_seconds": 86400,
        "start": "2030-03-01T02:00:00+00:00",
        "end": {"condition": "iterations", "iterations": 30},
    },
    "body": transfer_body(),
    "status": "new",
    "inactive_reason": None,
    "submitted_at": "2030-02-27T17:45:12.398211+00:00",
    "last_ran_at": None,
    "next_run": "2030-03-01T02:00:00+00:00",
    "number_of_runs": 0,
    "number_of_errors": 0,
    "activity": {"type": "transfer"},
}

RESPONSES = ResponseSet(
    default=RegisteredResponse(
        service="timer",
        path="/v2/timer",
        method="POST",
        status=201,
        json={"timer": _TIMER},
        metadata={
            "timer_id": JOB_ID,
            "source_endpoint": SOURCE_ENDPOINT,
            "destination_endpoint": DESTINATION_ENDPOINT,
        },
    ),
)
