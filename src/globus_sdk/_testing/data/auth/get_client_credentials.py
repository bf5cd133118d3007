from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import CLIENT_ID, CREDENTIAL_ID
from ._credentials import credential

RESPONSES = ResponseSet(
    default=RegisteredResponse(
        service="auth",
        path=f"/v2/api/clients/{CLIENT_ID}/credentials",
        json={"credentials": [credential()]},
        metadata={"client_id": CLIENT_ID, "credential_id": CREDENTIAL_ID},
    ),
)
