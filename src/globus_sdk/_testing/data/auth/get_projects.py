from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import PROJECT_ID
from ._projects import ADMIN_GROUP_ID, ADMIN_ID, GROUP_PROJECT_ID, project

_PROJECTS = [
    project(),
    project(
        GROUP_PROJECT_ID,
        display_name="Lab Automation",
        admin_ids=[],
        admin_group_ids=[ADMIN_GROUP_ID],
    ),
]

RESPONSES = ResponseSet(
    default=RegisteredResponse(
        service="auth",
        path="/v2/api/projects",
        json={"projects": _PROJECTS},
        metadata={
            "project_ids": [PROJECT_ID, GROUP_PROJECT_ID],
            # project ID -> its administrators (identity and group IDs)
            "admin_map": {
                PROJECT_ID: [ADMIN_ID],
                GROUP_PROJECT_ID: [ADMIN_GROUP_ID],
            },
        },
    ),
)
