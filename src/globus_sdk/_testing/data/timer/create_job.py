from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import JOB_ID, job_doc

RESPONSES = ResponseSet(
    metadata={"job_id": JOB_ID},
    default=RegisteredResponse(
        service="timer",
        path="/jobs/",
        method="POST",
        status=201,
        json=job_doc(
            JOB_ID,
            status="new",
            last_ran_at=None,
            next_run="2030-03-01T02:00:00+00:00",
            n_runs=0,
            results={"data": [], "page_next": None},
        ),
    ),
    # a job without a start or a callback_url
    validation_error=RegisteredResponse(
        service="timer",
        path="/jobs/",
        method="POST",
        status=422,
        json={
            "detail": [
                {
                    "loc": ["body", "start"],
                    "msg": "field required",
                    "type": "value_error.missing",
                },
                {
                    "loc": ["body", "callback_url"],
                    "msg": "field required",
                    "type": "value_error.missing",
                },
            ]
        },
        metadata={
            "job_id": JOB_ID,
            "expect_messages": [
                "field required: body.start",
                "field required: body.callback_url",
            ],
        },
    ),
)
