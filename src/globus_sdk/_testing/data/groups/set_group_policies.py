from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import GROUP_ID

RESPONSES = ResponseSet(
    metadata={"group_id": GROUP_ID},
    default=RegisteredResponse(
        service="groups",
        path=f"/groups/{GROUP_ID}/policies",
        method="PUT",
        json={
            "is_high_assurance": True,
            "authentication_assurance_timeout": 28800,
            "group_visibility": "authenticated",
            "group_members_visibility": "members",
            "join_requests": True,
            "signup_fields": ["institution", "department"],
        },
    ),
)
