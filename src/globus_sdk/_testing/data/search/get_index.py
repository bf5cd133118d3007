from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import INDEX_ID, index_doc

RESPONSES = ResponseSet(
    metadata={"index_id": INDEX_ID},
    default=RegisteredResponse(
        service="search", path=f"/v1/index/{INDEX_ID}", json=index_doc(INDEX_ID)
    ),
)
