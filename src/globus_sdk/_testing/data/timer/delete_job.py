from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import JOB_ID, job_doc

RESPONSES = ResponseSet(
    metadata={"job_id": JOB_ID},
    default=RegisteredResponse(
        service="timer",
        path=f"/jobs/{JOB_ID}",
        method="DELETE",
        json=job_doc(JOB_ID, status="deleted", next_run=None),
    ),
)
