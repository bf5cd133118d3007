from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._endpoint_fixtures import ENDPOINT_ID, endpoint_doc

RESPONSES = ResponseSet(
    metadata={"endpoint_id": ENDPOINT_ID},
    default=RegisteredResponse(
        service="transfer",
        path=f"/endpoint_manager/endpoint/{ENDPOINT_ID}",
        json=endpoint_doc(),
    ),
)
