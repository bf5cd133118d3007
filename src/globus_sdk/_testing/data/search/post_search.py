from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import GMETA, INDEX_ID, search_result

RESPONSES = ResponseSet(
    metadata={"index_id": INDEX_ID},
    default=RegisteredResponse(
        service="search",
        path=f"/v1/index/{INDEX_ID}/search",
        method="POST",
        json=search_result(GMETA),
    ),
)
