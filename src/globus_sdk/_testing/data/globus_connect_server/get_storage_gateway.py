from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import STORAGE_GATEWAY_ID, STORAGE_GATEWAY_NAME, result, storage_gateway

RESPONSES = ResponseSet(
    metadata={"id": STORAGE_GATEWAY_ID, "display_name": STORAGE_GATEWAY_NAME},
    default=RegisteredResponse(
        service="gcs",
        path=f"/storage_gateways/{STORAGE_GATEWAY_ID}",
        json=result([storage_gateway()]),
    ),
)
