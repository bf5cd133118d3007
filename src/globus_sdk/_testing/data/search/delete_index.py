from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import INDEX_ID, error_doc

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
        json=error_doc(
            409,
            "Conflict.IncompatibleIndexStatus",
            f"Index status (delete-pending) does not support deletion ({INDEX_ID})",
            {"cause": "index is already pending deletion"},
        ),
        metadata={"index_id": INDEX_ID},
    ),
)
