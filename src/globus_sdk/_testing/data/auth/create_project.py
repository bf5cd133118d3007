from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import PROJECT_ID
from ._projects import ADMIN_GROUP_ID, ADMIN_ID, project

RESPONSES = ResponseSet(
    default=RegisteredResponse(
        service="auth",
        path="/v2/api/projects",
        method="POST",
        json={"project": project()},
        metadata={"id": PROJECT_ID, "admin_id": ADMIN_ID},
    ),
    admin_group=RegisteredResponse(
        service="auth",
        path="/v2/api/projects",
        method="POST",
        json={"project": project(admin_ids=[], admin_group_ids=[ADMIN_GROUP_ID])},
        metadata={"id": PROJECT_ID, "admin_group_id": ADMIN_GROUP_ID},
    ),
)
