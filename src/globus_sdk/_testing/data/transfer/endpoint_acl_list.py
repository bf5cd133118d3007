from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._endpoint_fixtures import ACL_RULE_ID, GUEST_COLLECTION_ID, access_doc

SECOND_RULE_ID = "6a5d3f2b-7b3d-11ee-9d6a-0242ac120002"

RESPONSES = ResponseSet(
    metadata={
        "endpoint_id": GUEST_COLLECTION_ID,
        "rule_ids": [ACL_RULE_ID, SECOND_RULE_ID],
    },
    default=RegisteredResponse(
        service="transfer",
        path=f"/endpoint/{GUEST_COLLECTION_ID}/access_list",
        json={
            "DATA_TYPE": "access_list",
            "endpoint": GUEST_COLLECTION_ID,
            "length": 2,
            "DATA": [access_doc(), access_doc(SECOND_RULE_ID, "/dataset2/", "r")],
        },
    ),
)
