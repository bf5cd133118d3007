from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._endpoint_fixtures import ACL_RULE_ID, GUEST_COLLECTION_ID, access_doc

RESPONSES = ResponseSet(
    metadata={"endpoint_id": GUEST_COLLECTION_ID, "rule_ids": [ACL_RULE_ID]},
    default=RegisteredResponse(
        service="transfer",
        path=f"/endpoint_manager/endpoint/{GUEST_COLLECTION_ID}/access_list",
        json={
            "DATA_TYPE": "access_list",
            "endpoint": GUEST_COLLECTION_ID,
            "length": 1,
            "DATA": [access_doc()],
        },
    ),
)
