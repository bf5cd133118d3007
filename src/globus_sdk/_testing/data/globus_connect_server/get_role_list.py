from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import (
    IDENTITY_ID_2,
    MAPPED_COLLECTION_ID,
    ROLE_ID,
    ROLE_ID_2,
    result,
    role,
)

RESPONSES = ResponseSet(
    metadata={"ids": [ROLE_ID, ROLE_ID_2], "collection_id": MAPPED_COLLECTION_ID},
    default=RegisteredResponse(
        service="gcs",
        path="/roles",
        json=result(
            [
                role(),
                role(
                    ROLE_ID_2,
                    principal=f"urn:globus:auth:identity:{IDENTITY_ID_2}",
                    role_name="access_manager",
                ),
            ]
        ),
    ),
)
