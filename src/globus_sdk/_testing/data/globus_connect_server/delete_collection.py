from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import GUEST_COLLECTION_ID, result

RESPONSES = ResponseSet(
    metadata={"collection_id": GUEST_COLLECTION_ID},
    default=RegisteredResponse(
        service="gcs",
        path=f"/collections/{GUEST_COLLECTION_ID}",
        method="DELETE",
        json=result([]),
    ),
)
