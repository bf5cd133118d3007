from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import (
    STORAGE_GATEWAY_ID,
    STORAGE_GATEWAY_ID_2,
    STORAGE_GATEWAY_NAME,
    STORAGE_GATEWAY_NAME_2,
    error_result,
    result,
)

_DENIED_MESSAGE = (
    "You do not have permission to delete this storage gateway: "
    "it still has collections"
)

RESPONSES = ResponseSet(
    metadata={"id": STORAGE_GATEWAY_ID, "display_name": STORAGE_GATEWAY_NAME},
    default=RegisteredResponse(
        service="gcs",
        path=f"/storage_gateways/{STORAGE_GATEWAY_ID}",
        method="DELETE",
        json=result([]),
    ),
    permission_denied_error=RegisteredResponse(
        service="gcs",
        path=f"/storage_gateways/{STORAGE_GATEWAY_ID_2}",
        method="DELETE",
        status=403,
        json=error_result("permission_denied", 403, _DENIED_MESSAGE),
        metadata={
            "id": STORAGE_GATEWAY_ID_2,
            "display_name": STORAGE_GATEWAY_NAME_2,
            "code": "permission_denied",
            "http_status": 403,
            "message": _DENIED_MESSAGE,
        },
    ),
)
