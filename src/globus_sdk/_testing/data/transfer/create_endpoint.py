from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._endpoint_fixtures import result_doc

# a new Globus Connect Personal endpoint
NEW_ENDPOINT_ID = "0c7d5f4a-9b8e-4d3c-a2f1-6e5d4c3b2a19"

RESPONSES = ResponseSet(
    metadata={"endpoint_id": NEW_ENDPOINT_ID},
    default=RegisteredResponse(
        service="transfer",
        path="/endpoint",
        method="POST",
        json=result_doc(
            "Created",
            "Endpoint created successfully",
            "/endpoint",
            data_type="endpoint_create_result",
            id=NEW_ENDPOINT_ID,
            canonical_name=f"u_rcf2mpyf7vfkfibk2epkf4xmgm#{NEW_ENDPOINT_ID}",
            globus_connect_setup_key="7b2b8a5e-4c1d-4f2e-9a3b-8c7d6e5f4a3b",
        ),
        metadata={"endpoint_id": NEW_ENDPOINT_ID},
    ),
)
