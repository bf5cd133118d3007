from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import CLIENT_ID, client_document

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
)
