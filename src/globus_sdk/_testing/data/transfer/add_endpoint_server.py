from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._endpoint_fixtures import ENDPOINT_ID, result_doc

NEW_SERVER_ID = 207977

RESPONSES = ResponseSet(
    metadata={"endpoint_id": ENDPOINT_ID, "server_id": NEW_SERVER_ID},
    default=RegisteredResponse(
        service="transfer",
        path=f"/endpoint/{ENDPOINT_ID}/server",
        method="POST",
        json=result_doc(
            "Created",
            "Server added to endpoint successfully",
            f"/endpoint/{ENDPOINT_ID}/server",
            data_type="endpoint_server_add_result",
            id=NEW_SERVER_ID,
        ),
    ),
)
