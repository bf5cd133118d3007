from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._endpoint_fixtures import ENDPOINT_ID, SERVER_ID, server_doc

RESPONSES = ResponseSet(
    metadata={"endpoint_id": ENDPOINT_ID, "server_ids": [SERVER_ID]},
    default=RegisteredResponse(
        service="transfer",
        path=f"/endpoint/{ENDPOINT_ID}/server_list",
        json={
            "DATA_TYPE": "endpoint_server_list",
            "endpoint": ENDPOINT_ID,
            "DATA": [server_doc()],
        },
    ),
)
