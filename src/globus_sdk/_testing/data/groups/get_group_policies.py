from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import GROUP_ID, POLICIES

RESPONSES = ResponseSet(
    metadata={"group_id": GROUP_ID},
    default=RegisteredResponse(
        service="groups", path=f"/groups/{GROUP_ID}/policies", json=dict(POLICIES)
    ),
)
