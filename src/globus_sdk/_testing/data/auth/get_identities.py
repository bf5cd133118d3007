from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import (
    GLOBUS_STAFF_IDP_ID,
    UCHICAGO_IDP_ID,
    USER_ID,
    USERNAME,
    error_response,
    identity,
)

_DEFAULT = identity(
    USER_ID, USERNAME, name="Sam Jones", organization="Example University"
)
_GLOBUSID = identity(
    "1b7a0e86-3f9b-4a7e-8d2c-5e6f7a8b9c0d",
    "globus-ops@globusid.org",
    name="Globus Operations",
    organization="Globus",
)
_SIROSEN = identity(
    "ae2a1750-d274-11e5-b867-e74762c29f57",
    "sirosen@example.org",
    name="Sirosen Example",
    organization="Example Lab",
)
_MULTIPLE = [
    _DEFAULT,
    identity(
        "d2c1b0a9-8f7e-4d6c-9b5a-4f3e2d1c0b9a",
        "amartin@uchicago.edu",
        name="Alex Martin",
        organization="University of Chicago",
        idp=UCHICAGO_IDP_ID,
    ),
    identity(
        "0f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f",
        "kchen@globus.org",
        name="Kim Chen",
        organization="Globus",
        idp=GLOBUS_STAFF_IDP_ID,
    ),
]
_ERROR_ID = "5c3a9b0e-7d1f-4e2a-8b6c-0d9e8f7a6b5c"

RESPONSES = ResponseSet(
    default=RegisteredResponse(
        service="auth",
        path="/v2/api/identities",
        json={"identities": [_DEFAULT]},
        metadata={"id": USER_ID, "username": USERNAME},
    ),
    empty=RegisteredResponse(
        service="auth",
        path="/v2/api/identities",
        json={"identities": []},
        metadata={},
    ),
    globusid=RegisteredResponse(
        service="auth",
        path="/v2/api/identities",
        json={"identities": [_GLOBUSID]},
        metadata={
            "id": _GLOBUSID["id"],
            "username": _GLOBUSID["username"],
            "short_username": "globus-ops",
            "org": _GLOBUSID["organization"],
        },
    ),
    sirosen=RegisteredResponse(
        service="auth",
        path="/v2/api/identities",
        json={"identities": [_SIROSEN]},
        metadata={
            "id": _SIROSEN["id"],
            "username": _SIROSEN["username"],
            "org": _SIROSEN["organization"],
        },
    ),
    multiple=RegisteredResponse(
        service="auth",
        path="/v2/api/identities",
        json={"identities": _MULTIPLE},
        metadata={
            "ids": [x["id"] for x in _MULTIPLE],
            "usernames": [x["username"] for x in _MULTIPLE],
        },
    ),
    unauthorized=RegisteredResponse(
        service="auth",
        path="/v2/api/identities",
        status=401,
        json=error_response(
            status=401,
            code="UNAUTHORIZED",
            title="Unauthorized",
            detail="Call must be authenticated",
            error_id=_ERROR_ID,
        ),
        metadata={"error_id": _ERROR_ID},
    ),
)
