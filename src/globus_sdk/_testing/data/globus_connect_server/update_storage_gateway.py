from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import STORAGE_GATEWAY_ID, result, storage_gateway

NEW_DISPLAY_NAME = "Research POSIX Storage (renamed)"

RESPONSES = ResponseSet(
    metadata={"id": STORAGE_GATEWAY_ID, "display_name": NEW_DISPLAY_NAME},
    default=RegisteredResponse(
        service="gcs",
        path=f"/storage_gateways/{STORAGE_GATEWAY_ID}",
        method="PATCH",
        json=result([storage_gateway(display_name=NEW_DISPLAY_NAME)]),
    ),
)
