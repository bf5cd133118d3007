from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import RUN_ID, error_body, run_doc

RESPONSES = ResponseSet(
    metadata={"run_id": RUN_ID},
    default=RegisteredResponse(
        service="flows",
        path=f"/runs/{RUN_ID}/release",
        method="POST",
        json=run_doc(RUN_ID),
    ),
    # an active run cannot be released
    conflict=RegisteredResponse(
        service="flows",
        path=f"/runs/{RUN_ID}/release",
        method="POST",
        status=409,
        json=error_body(
            "STATE_CONFLICT",
            f"Run {RUN_ID} is still ACTIVE; only completed runs can be released",
        ),
    ),
)
