from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._endpoint_fixtures import ENDPOINT_ID, SERVER_ID, result_doc

RESPONSES = ResponseSet(
    metadata={"endpoint_id": ENDPOINT_ID, "server_id": SERVER_ID},
    default=RegisteredResponse(
        service="transfer",
        path=f"/endpoint/{ENDPOINT_ID}/server/{SERVER_ID}",
        method="PUT",
        json=result_doc(
            "Updated",
            "Server updated successfully",
            f"/endpoint/{ENDPOINT_ID}/server/{SERVER_ID}",
        ),
    ),
)
