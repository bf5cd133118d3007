from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import GROUP_ID, group

RESPONSES = ResponseSet(
    metadata={"group_id": GROUP_ID},
    default=RegisteredResponse(
        service="groups",
        path="/groups",
        method="POST",
        json=group(GROUP_ID, "Research Computing Users"),
    ),
)
