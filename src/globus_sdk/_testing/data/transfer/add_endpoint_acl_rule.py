from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._endpoint_fixtures import (
    ACL_RULE_ID,
    GUEST_COLLECTION_ID,
    IDENTITY_ID,
    result_doc,
)

RESPONSES = ResponseSet(
    metadata={
        "endpoint_id": GUEST_COLLECTION_ID,
        "rule_id": ACL_RULE_ID,
        "identity_id": IDENTITY_ID,
    },
    default=RegisteredResponse(
        service="transfer",
        path=f"/endpoint/{GUEST_COLLECTION_ID}/access",
        method="POST",
        json=result_doc(
            "Created",
            "Access rule created successfully.",
            f"/endpoint/{GUEST_COLLECTION_ID}/access",
            data_type="access_create_result",
            access_id=ACL_RULE_ID,
        ),
    ),
)
