from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import PROJECT_ID, not_found
from ._projects import project

RESPONSES = ResponseSet(
    default=RegisteredResponse(
        service="auth",
        path=f"/v2/api/projects/{PROJECT_ID}",
        json={"project": project()},
        metadata={"project_id": PROJECT_ID},
    ),
    not_found=not_found(
        f"/v2/api/projects/{PROJECT_ID}",
        error_id="1b2c3d4e-5f6a-4b7c-9d8e-0f1a2b3c4d5e",
        what="Project",
        project_id=PROJECT_ID,
    ),
)
