from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import SCOPE_ID, not_found, scope_document

RESPONSES = ResponseSet(
    default=RegisteredResponse(
        service="auth",
        path=f"/v2/api/scopes/{SCOPE_ID}",
        json={"scope": scope_document()},
        metadata={"scope_id": SCOPE_ID},
    ),
    not_found=not_found(
        f"/v2/api/scopes/{SCOPE_ID}",
        error_id="3d4e5f6a-7b8c-4d9e-9f0a-2b3c4d5e6f7a",
        what="Scope",
        scope_id=SCOPE_ID,
    ),
)
