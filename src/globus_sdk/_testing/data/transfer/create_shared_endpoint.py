from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._endpoint_fixtures import ENDPOINT_ID, result_doc

NEW_SHARED_ENDPOINT_ID = "4d2e6f8a-1b3c-4d5e-9f7a-2b4c6d8e0f13"

RESPONSES = ResponseSet(
    metadata={
        "endpoint_id": NEW_SHARED_ENDPOINT_ID,
        "host_endpoint_id": ENDPOINT_ID,
    },
    default=RegisteredResponse(
        service="transfer",
        path="/shared_endpoint",
        method="POST",
        json=result_doc(
            "Created",
            "Shared endpoint created successfully",
            "/shared_endpoint",
            data_type="endpoint_create_result",
            id=NEW_SHARED_ENDPOINT_ID,
            canonical_name=f"u_rcf2mpyf7vfkfibk2epkf4xmgm#{NEW_SHARED_ENDPOINT_ID}",
        ),
    ),
)
