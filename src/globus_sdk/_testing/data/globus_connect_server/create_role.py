from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import IDENTITY_ID_2, MAPPED_COLLECTION_ID, ROLE_ID_2, result, role

PRINCIPAL = f"urn:globus:auth:identity:{IDENTITY_ID_2}"

RESPONSES = ResponseSet(
    metadata={
        "id": ROLE_ID_2,
        "collection_id": MAPPED_COLLECTION_ID,
        "principal": PRINCIPAL,
        "role": "access_manager",
    },
    default=RegisteredResponse(
        service="gcs",
        path="/roles",
        method="POST",
        json=result([role(ROLE_ID_2, principal=PRINCIPAL, role_name="access_manager")]),
    ),
)
