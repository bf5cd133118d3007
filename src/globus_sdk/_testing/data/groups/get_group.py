from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import (
    GROUP_ID,
    IDENTITY_ID_2,
    SUBSCRIPTION_GROUP_ID,
    SUBSCRIPTION_ID,
    USERNAME_2,
    group,
    membership,
)

_GROUP = group(GROUP_ID)
_GROUP["memberships"] = [
    *_GROUP["my_memberships"],
    membership(GROUP_ID, IDENTITY_ID_2, USERNAME_2, role="manager"),
]

_SUBSCRIPTION_GROUP = group(
    SUBSCRIPTION_GROUP_ID,
    "Example University Subscription Admins",
    description="Administrators of the Example University subscription",
    subscription_id=SUBSCRIPTION_ID,
)

RESPONSES = ResponseSet(
    metadata={"group_id": GROUP_ID},
    default=RegisteredResponse(
        service="groups", path=f"/groups/{GROUP_ID}", json=_GROUP
    ),
    subscription=RegisteredResponse(
        service="groups",
        path=f"/groups/{SUBSCRIPTION_GROUP_ID}",
        json=_SUBSCRIPTION_GROUP,
        metadata={
            "group_id": SUBSCRIPTION_GROUP_ID,
            "subscription_id": SUBSCRIPTION_ID,
        },
    ),
)
