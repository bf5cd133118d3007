from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import CLIENT_ID, CREDENTIAL_ID, json_body
from ._credentials import credential

_PATH = f"/v2/api/clients/{CLIENT_ID}/credentials"

RESPONSES = ResponseSet(
    default=RegisteredResponse(
        service="auth",
        path=_PATH,
        method="POST",
        json={"credential": credential(secret=True)},
        metadata={
            "client_id": CLIENT_ID,
            "credential_id": CREDENTIAL_ID,
            "name": "portal-production",
        },
    ),
    name=RegisteredResponse(
        service="auth",
        path=_PATH,
        method="POST",
        json={"credential": credential("portal-staging", secret=True)},
        match=json_body({"credential": {"name": "portal-staging"}}),
        metadata={"client_id": CLIENT_ID, "name": "portal-staging"},
    ),
)
