from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._endpoint_fixtures import ENDPOINT_ID, ROLE_ID, role_doc

SECOND_ROLE_ID = "3c1e5a7b-29f4-11e8-a0bd-0a6d4e044368"

RESPONSES = ResponseSet(
    metadata={"endpoint_id": ENDPOINT_ID, "role_ids": [ROLE_ID, SECOND_ROLE_ID]},
    default=RegisteredResponse(
        service="transfer",
        path=f"/endpoint/{ENDPOINT_ID}/role_list",
        json={
            "DATA_TYPE": "role_list",
            "DATA": [role_doc(), role_doc(SECOND_ROLE_ID, "administrator")],
        },
    ),
)
