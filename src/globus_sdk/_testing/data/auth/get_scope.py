from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import SCOPE_ID, scope_document

RESPONSES = ResponseSet(
    default=RegisteredResponse(
        service="auth",
        path=f"/v2/api/scopes/{SCOPE_ID}",
        json={"scope": scope_document()},
        metadata={"scope_id": SCOPE_ID},
    ),
)
