from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import JOB_ID, job_doc

_NEW_NAME = "Nightly backup (alpha project)"

RESPONSES = ResponseSet(
    metadata={"job_id": JOB_ID, "name": _NEW_NAME},
    default=RegisteredResponse(
        service="timer",
        path=f"/jobs/{JOB_ID}",
        method="PATCH",
        json=job_doc(JOB_ID, _NEW_NAME),
    ),
)
