from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import CLIENT_ID, client_document, not_found

_FQDN = "gcs.example.edu"
_GCS_CLIENT_ID = "6f5e4d3c-2b1a-4098-8f7e-6d5c4b3a2910"

RESPONSES = ResponseSet(
    default=RegisteredResponse(
        service="auth",
        path=f"/v2/api/clients/{CLIENT_ID}",
        json={"client": client_document()},
        metadata={"client_id": CLIENT_ID},
    ),
    fqdn=RegisteredResponse(
        service="auth",
        path="/v2/api/clients",
        json={
            "client": client_document(
                id=_GCS_CLIENT_ID,
                name="Example GCS Endpoint",
                client_type="globus_connect_server",
                fqdns=[_FQDN],
            )
        },
        metadata={"client_id": _GCS_CLIENT_ID, "fqdn": _FQDN},
    ),
    not_found=not_found(
        f"/v2/api/clients/{CLIENT_ID}",
        error_id="0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
        what="Client",
        client_id=CLIENT_ID,
    ),
)
