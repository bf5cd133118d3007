from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import INDEX_ID, error_doc

RESPONSES = ResponseSet(
    default=RegisteredResponse(
        service="search",
        path=f"/v1/index/{INDEX_ID}/reopen",
        method="POST",
        json={"index_id": INDEX_ID, "acknowledged": True},
        metadata={"index_id": INDEX_ID},
    ),
    already_open=RegisteredResponse(
        service="search",
        path=f"/v1/index/{INDEX_ID}/reopen",
        method="POST",
        status=409,
        json=error_doc(
            409,
            "Conflict.IncompatibleIndexStatus",
            f"Index status (open) does not support reopening ({INDEX_ID})",
            {"cause": "index is not pending deletion"},
        ),
        metadata={"index_id": INDEX_ID},
    ),
)
