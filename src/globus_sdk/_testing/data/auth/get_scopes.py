from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import SCOPE_ID, scope_document

_READ_SCOPE_ID = "6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d"
_SCOPE = scope_document()
_READ_SCOPE = scope_document(
    id=_READ_SCOPE_ID,
    name="Portal Read Access",
    scope_string=_SCOPE["scope_string"].replace("portal_all", "portal_read"),
)

RESPONSES = ResponseSet(
    default=RegisteredResponse(
        service="auth",
        path="/v2/api/scopes",
        json={"scopes": [_SCOPE, _READ_SCOPE]},
        metadata={"scope_ids": [SCOPE_ID, _READ_SCOPE_ID]},
    ),
    id=RegisteredResponse(
        service="auth",
        path="/v2/api/scopes",
        json={"scopes": [_SCOPE]},
        metadata={"scope_id": SCOPE_ID},
    ),
    string=RegisteredResponse(
        service="auth",
        path="/v2/api/scopes",
        json={"scopes": [_SCOPE]},
        metadata={"scope_string": _SCOPE["scope_string"]},
    ),
)
