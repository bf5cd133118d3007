from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import IDENTITY_ID, INDEX_ID, ROLE_ID, role_doc

RESPONSES = ResponseSet(
    metadata={"identity_id": IDENTITY_ID, "index_id": INDEX_ID, "role_id": ROLE_ID},
    default=RegisteredResponse(
        service="search",
        path=f"/v1/index/{INDEX_ID}/role/{ROLE_ID}",
        method="DELETE",
        json={"success": True, "deleted": role_doc(ROLE_ID, IDENTITY_ID, "writer")},
    ),
)
