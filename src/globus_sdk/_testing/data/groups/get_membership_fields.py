from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import GROUP_ID

RESPONSES = ResponseSet(
    metadata={"group_id": GROUP_ID},
    default=RegisteredResponse(
        service="groups",
        path=f"/groups/{GROUP_ID}/membership_fields",
        json={
            "institution": "University of Chicago",
            "department": "Computer Science",
            "current_project_name": "Data Fabric",
        },
    ),
)
