from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._endpoint_fixtures import ENDPOINT_ID, ROLE_ID, role_doc

RESPONSES = ResponseSet(
    metadata={"endpoint_id": ENDPOINT_ID, "role_id": ROLE_ID},
    default=RegisteredResponse(
        service="transfer",
        path=f"/endpoint/{ENDPOINT_ID}/role/{ROLE_ID}",
        json=role_doc(),
    ),
)
