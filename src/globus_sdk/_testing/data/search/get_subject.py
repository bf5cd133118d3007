from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import GMETA, INDEX_ID, SUBJECT

RESPONSES = ResponseSet(
    metadata={"index_id": INDEX_ID, "subject": SUBJECT},
    default=RegisteredResponse(
        service="search",
        path=f"/v1/index/{INDEX_ID}/subject",
        json={**GMETA[0], "total_num_entries": 1},
    ),
)
