from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._endpoint_fixtures import ENDPOINT_ID, IDENTITY_ID, ROLE_ID, result_doc

RESPONSES = ResponseSet(
    metadata={
        "endpoint_id": ENDPOINT_ID,
        "role_id": ROLE_ID,
        "identity_id": IDENTITY_ID,
    },
    default=RegisteredResponse(
        service="transfer",
        path=f"/endpoint/{ENDPOINT_ID}/role",
        method="POST",
        json=result_doc(
            "Created",
            "Role assigned successfully",
            f"/endpoint/{ENDPOINT_ID}/role",
            data_type="role_create_result",
            id=ROLE_ID,
        ),
    ),
)
