from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import MAPPED_COLLECTION_ID, mapped_collection, result

NEW_DISPLAY_NAME = "Research Data (renamed)"

RESPONSES = ResponseSet(
    metadata={"collection_id": MAPPED_COLLECTION_ID, "display_name": NEW_DISPLAY_NAME},
    default=RegisteredResponse(
        service="gcs",
        path=f"/collections/{MAPPED_COLLECTION_ID}",
        method="PATCH",
        json=result([mapped_collection(display_name=NEW_DISPLAY_NAME)]),
    ),
)
