from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import MAPPED_COLLECTION_ID, ROLE_ID, result, role

RESPONSES = ResponseSet(
    metadata={
        "id": ROLE_ID,
        "collection_id": MAPPED_COLLECTION_ID,
        "role": "administrator",
    },
    default=RegisteredResponse(
        service="gcs", path=f"/roles/{ROLE_ID}", json=result([role()])
    ),
)
