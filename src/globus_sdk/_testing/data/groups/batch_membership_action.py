from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import GROUP_ID, IDENTITY_ID_2, USERNAME_2, membership

RESPONSES = ResponseSet(
    metadata={"group_id": GROUP_ID, "identity_ids": [IDENTITY_ID_2]},
    default=RegisteredResponse(
        service="groups",
        path=f"/groups/{GROUP_ID}",
        method="POST",
        json={
            "add": [membership(GROUP_ID, IDENTITY_ID_2, USERNAME_2, role="member")],
            "errors": {},
        },
    ),
)
