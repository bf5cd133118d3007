from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import GROUP_ID, group

RESPONSES = ResponseSet(
    metadata={"group_id": GROUP_ID, "name": "Renamed Research Group"},
    default=RegisteredResponse(
        service="groups",
        path=f"/groups/{GROUP_ID}",
        method="PUT",
        json=group(GROUP_ID, "Renamed Research Group"),
    ),
)
