from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import (
    GUEST_COLLECTION_ID,
    GUEST_COLLECTION_NAME,
    IDENTITY_ID,
    MAPPED_COLLECTION_ID,
    MAPPED_COLLECTION_NAME,
    STORAGE_GATEWAY_ID,
    error_result,
    guest_collection,
    mapped_collection,
    result,
)

RESPONSES = ResponseSet(
    metadata={
        "collection_ids": [MAPPED_COLLECTION_ID, GUEST_COLLECTION_ID],
        "display_names": [MAPPED_COLLECTION_NAME, GUEST_COLLECTION_NAME],
        "gateway_ids": [STORAGE_GATEWAY_ID, STORAGE_GATEWAY_ID],
        "identity_id": IDENTITY_ID,
    },
    default=RegisteredResponse(
        service="gcs",
        path="/collections",
        json=result([mapped_collection(), guest_collection()]),
    ),
    forbidden=RegisteredResponse(
        service="gcs",
        path="/collections",
        status=403,
        json=error_result(
            "permission_denied",
            403,
            "You do not have permission to list the collections of this endpoint",
        ),
    ),
)
