from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import (
    ENDPOINT_DISPLAY_NAME,
    ENDPOINT_ID,
    GCS_MANAGER_URL,
    endpoint,
    result,
)

RESPONSES = ResponseSet(
    metadata={
        "endpoint_id": ENDPOINT_ID,
        "display_name": ENDPOINT_DISPLAY_NAME,
        "gcs_manager_url": GCS_MANAGER_URL,
    },
    default=RegisteredResponse(
        service="gcs", path="/endpoint", json=result([endpoint()])
    ),
)
