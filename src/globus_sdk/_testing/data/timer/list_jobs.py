from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import JOB_ID, SECOND_JOB_ID, job_doc

_JOBS = [
    job_doc(JOB_ID),
    job_doc(SECOND_JOB_ID, "Hourly sync", interval=3600, status="paused"),
]

RESPONSES = ResponseSet(
    metadata={"job_ids": [JOB_ID, SECOND_JOB_ID]},
    default=RegisteredResponse(service="timer", path="/jobs/", json={"jobs": _JOBS}),
)
