"""
``POST /transfer``. A document without a ``submission_id`` makes ``submit_transfer``
call ``get_submission_id`` first: load that method's fixture too.
"""

from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._task_fixtures import REQUEST_ID, SUBMISSION_ID, TASK_ID

RESPONSES = ResponseSet(
    metadata={"submission_id": SUBMISSION_ID, "task_id": TASK_ID},
    default=RegisteredResponse(
        service="transfer",
        path="/transfer",
        method="POST",
        status=202,
        json={
            "DATA_TYPE": "transfer_result",
            "code": "Accepted",
            "message": (
                "The transfer has been accepted and a task has been created and "
                "queued for execution"
            ),
            "request_id": REQUEST_ID,
            "resource": "/transfer",
            "submission_id": SUBMISSION_ID,
            "task_id": TASK_ID,
            "task_link": {
                "DATA_TYPE": "link",
                "href": f"task/{TASK_ID}?format=json",
                "rel": "related",
                "resource": "task",
                "title": "related task",
            },
        },
        metadata={"submission_id": SUBMISSION_ID, "task_id": TASK_ID},
    ),
    failure=RegisteredResponse(
        service="transfer",
        path="/transfer",
        method="POST",
        status=400,
        json={
            "code": "ClientError.BadRequest.NoTransferItems",
            "message": "A transfer requires at least one item",
            "request_id": REQUEST_ID,
            "resource": "/transfer",
        },
        metadata={"request_id": REQUEST_ID},
    ),
)
