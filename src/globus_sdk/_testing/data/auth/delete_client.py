from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import CLIENT_ID, client_document

RESPONSES = ResponseSet(
    default=RegisteredResponse(
        service="auth",
        path=f"/v2/api/clients/{CLIENT_ID}",
        method="DELETE",
        json={"client": client_document()},
        metadata={"client_id": CLIENT_ID},
    ),
)
