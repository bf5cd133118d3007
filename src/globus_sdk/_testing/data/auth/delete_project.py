from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import PROJECT_ID
from ._projects import ADMIN_ID, project

RESPONSES = ResponseSet(
    default=RegisteredResponse(
        service="auth",
        path=f"/v2/api/projects/{PROJECT_ID}",
        method="DELETE",
        json={"project": project()},
        metadata={"id": PROJECT_ID, "admin_id": ADMIN_ID},
    ),
)
