from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import GROUP_ID, IDENTITY_ID, SUBGROUP_ID, group

GROUPS = [
    group(GROUP_ID, "Research Computing Users"),
    group(
        SUBGROUP_ID,
        "Cluster Admins",
        description="Administrators of the research computing cluster",
        parent_id=GROUP_ID,
        my_role="member",
    ),
]

RESPONSES = ResponseSet(
    metadata={
        "group_ids": [g["id"] for g in GROUPS],
        "group_names": [g["name"] for g in GROUPS],
        "member_ids": [IDENTITY_ID],
    },
    default=RegisteredResponse(service="groups", path="/groups/my_groups", json=GROUPS),
)
