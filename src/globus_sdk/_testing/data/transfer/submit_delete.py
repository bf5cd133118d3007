"""
``POST /delete``. A document without a ``submission_id`` makes ``submit_delete`` call
``get_submission_id`` first: load that method's fixture too.
"""

from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._task_fixtures import DELETE_TASK_ID, REQUEST_ID, SUBMISSION_ID

RESPONSES = ResponseSet(
    metadata={"submission_id": SUBMISSION_ID, "task_id": DELETE_TASK_ID},
    default=RegisteredResponse(
        service="transfer",
        path="/delete",
        method="POST",
        status=202,
        json={
            "DATA_TYPE": "delete_result",
            "code": "Accepted",
            "message": (
                "The delete has been accepted and a task has been created and "
                "queued for execution"
            ),
            "request_id": REQUEST_ID,
            "resource": "/delete",
            "submission_id": SUBMISSION_ID,
            "task_id": DELETE_TASK_ID,
            "task_link": {
                "DATA_TYPE": "link",
                "href": f"task/{DELETE_TASK_ID}?format=json",
                "rel": "related",
                "resource": "task",
                "title": "related task",
            },
        },
        metadata={"submission_id": SUBMISSION_ID, "task_id": DELETE_TASK_ID},
    ),
)
