from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._endpoint_fixtures import ENDPOINT_ID, result_doc

RESPONSES = ResponseSet(
    metadata={"endpoint_id": ENDPOINT_ID},
    default=RegisteredResponse(
        service="transfer",
        path=f"/endpoint/{ENDPOINT_ID}/deactivate",
        method="POST",
        json=result_doc(
            "Deactivated",
            "Endpoint deactivated successfully",
            f"/endpoint/{ENDPOINT_ID}/deactivate",
        ),
    ),
)
