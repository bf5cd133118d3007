from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import INDEX_ID, TASK_ID

TASK = {
    "task_id": TASK_ID,
    "index_id": INDEX_ID,
    "task_type": "INGEST",
    "state": "SUCCESS",
    "state_description": "Task succeeded",
    "creation_date": "2023-06-14 18:30:02",
    "completion_date": "2023-06-14 18:30:04",
    "message": "Ingest succeeded",
    "additional_details": {"num_documents_ingested": 2, "subjects": None},
}

RESPONSES = ResponseSet(
    metadata={"index_id": INDEX_ID, "task_id": TASK_ID},
    default=RegisteredResponse(service="search", path=f"/v1/task/{TASK_ID}", json=TASK),
)
