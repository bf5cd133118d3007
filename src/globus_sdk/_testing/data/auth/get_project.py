from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import PROJECT_ID
from ._projects import project

RESPONSES = ResponseSet(
    default=RegisteredResponse(
        service="auth",
        path=f"/v2/api/projects/{PROJECT_ID}",
        json={"project": project()},
        metadata={"project_id": PROJECT_ID},
    ),
)
