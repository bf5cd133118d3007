from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import (
    MAPPED_COLLECTION_ID,
    MAPPED_COLLECTION_NAME,
    STORAGE_GATEWAY_ID,
    mapped_collection,
    result,
)

RESPONSES = ResponseSet(
    metadata={
        "collection_id": MAPPED_COLLECTION_ID,
        "display_name": MAPPED_COLLECTION_NAME,
        "storage_gateway_id": STORAGE_GATEWAY_ID,
    },
    default=RegisteredResponse(
        service="gcs",
        path=f"/collections/{MAPPED_COLLECTION_ID}",
        json=result([mapped_collection()]),
    ),
)
