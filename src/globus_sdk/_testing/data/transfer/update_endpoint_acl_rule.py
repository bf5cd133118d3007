from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._endpoint_fixtures import ACL_RULE_ID, GUEST_COLLECTION_ID, result_doc

RESPONSES = ResponseSet(
    metadata={"endpoint_id": GUEST_COLLECTION_ID, "rule_id": ACL_RULE_ID},
    default=RegisteredResponse(
        service="transfer",
        path=f"/endpoint/{GUEST_COLLECTION_ID}/access/{ACL_RULE_ID}",
        method="PUT",
        json=result_doc(
            "Updated",
            "Access rule updated successfully",
            f"/endpoint/{GUEST_COLLECTION_ID}/access/{ACL_RULE_ID}",
        ),
    ),
)
