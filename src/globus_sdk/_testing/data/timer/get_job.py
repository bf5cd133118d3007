"""
``get_job`` responses: an active timer (``default``), timers made inactive by their
owner (``inactive_user``) or by a missing consent (``inactive_gare``: the reason holds a
Globus Auth requirements error), and a server error (``simple_500_error``).
"""

from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import DESTINATION_ENDPOINT, JOB_ID, TRANSFER_SCOPE, job_doc

_DATA_ACCESS_SCOPE = (
    f"https://auth.globus.org/scopes/{DESTINATION_ENDPOINT}/data_access"
)
_TIMERS_SCOPE = (
    "https://auth.globus.org/scopes/524230d7-ea86-4a52-8312-86065a9e0417/timer"
)

RESPONSES = ResponseSet(
    metadata={"job_id": JOB_ID},
    default=RegisteredResponse(
        service="timer", path=f"/jobs/{JOB_ID}", json=job_doc(JOB_ID)
    ),
    inactive_gare=RegisteredResponse(
        service="timer",
        path=f"/jobs/{JOB_ID}",
        json=job_doc(
            JOB_ID,
            status="inactive",
            next_run=None,
            inactive_reason={
                "cause": "globus_auth_requirements",
                "detail": {
                    "code": "ConsentRequired",
                    "authorization_parameters": {
                        "session_message": (
                            "The timer needs your consent to access the "
                            "destination collection."
                        ),
                        "required_scopes": [
                            f"{_TIMERS_SCOPE}[{TRANSFER_SCOPE}[*{_DATA_ACCESS_SCOPE}]]"
                        ],
                    },
                },
            },
        ),
    ),
    inactive_user=RegisteredResponse(
        service="timer",
        path=f"/jobs/{JOB_ID}",
        json=job_doc(
            JOB_ID,
            status="inactive",
            next_run=None,
            inactive_reason={"cause": "user", "detail": {}},
        ),
    ),
    simple_500_error=RegisteredResponse(
        service="timer",
        path=f"/jobs/{JOB_ID}",
        status=500,
        json={
            "error": {
                "code": "ERROR",
                "detail": "Request failed terribly",
                "status": 500,
            }
        },
    ),
)
