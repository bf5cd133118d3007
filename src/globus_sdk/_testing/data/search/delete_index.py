from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import INDEX_ID

RESPONSES = ResponseSet(
    default=RegisteredResponse(
        service="search",
        path=f"/v1/index/{INDEX_ID}",
        method="DELETE",
        json={"index_id": INDEX_ID, "acknowledged": True},
        metadata={"index_id": INDEX_ID},
    ),
    delete_pending=RegisteredResponse(
        service="search",
        path=f"/v1/index/{INDEX_ID}",
        method="DELETE",
        status=409,
        json={
            "@datatype": "GError",
            "@version": "2017-09-01",
            "status": 409,
            "code": "Conflict.IncompatibleIndexStatus",
            "message": f"Index status (delete-pending) does not support deletion ({INDEX_ID})",
            "error_data": {"cause": "index is already pending deletion"},
        },
        metadata={"index_id": INDEX_ID},
    ),
)
