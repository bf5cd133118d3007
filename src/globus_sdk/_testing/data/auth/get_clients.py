from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import CHILD_CLIENT_ID, CLIENT_ID, client_document

RESPONSES = ResponseSet(
    default=RegisteredResponse(
        service="auth",
        path="/v2/api/clients",
        json={
            "clients": [
                client_document(),
                client_document(
                    id=CHILD_CLIENT_ID,
                    name="Data Portal CLI",
                    public_client=True,
                    client_type="public_installed_client",
                    grant_types=["authorization_code", "refresh_token"],
                ),
            ]
        },
        metadata={"client_ids": [CLIENT_ID, CHILD_CLIENT_ID]},
    ),
)
