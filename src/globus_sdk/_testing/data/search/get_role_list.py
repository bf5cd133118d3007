from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import IDENTITY_ID, IDENTITY_ID_2, INDEX_ID, ROLE_ID, ROLE_ID_2, role_doc

ROLES = [
    role_doc(ROLE_ID, IDENTITY_ID, "owner"),
    role_doc(ROLE_ID_2, IDENTITY_ID_2, "writer"),
]

RESPONSES = ResponseSet(
    metadata={
        "identity_ids": [IDENTITY_ID, IDENTITY_ID_2],
        "index_id": INDEX_ID,
        "role_ids": [ROLE_ID, ROLE_ID_2],
    },
    default=RegisteredResponse(
        service="search",
        path=f"/v1/index/{INDEX_ID}/role_list",
        json={"role_list": ROLES},
    ),
)
