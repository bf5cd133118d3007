from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import GROUP_ID

RESPONSES = ResponseSet(
    metadata={"group_id": GROUP_ID},
    default=RegisteredResponse(
        service="groups",
        path=f"/groups/{GROUP_ID}/membership_fields",
        method="PUT",
        json={
            "institution": "Example University",
            "department": "Physics",
            "current_project_name": "Detector Calibration",
        },
    ),
)
