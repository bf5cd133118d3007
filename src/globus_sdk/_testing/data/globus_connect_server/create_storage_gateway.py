from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import (
    STORAGE_GATEWAY_ID,
    STORAGE_GATEWAY_NAME,
    error_result,
    result,
    storage_gateway,
)

_VALIDATION_MESSAGE = (
    "Invalid storage gateway document: 'connector_id' is a required property"
)

RESPONSES = ResponseSet(
    metadata={"id": STORAGE_GATEWAY_ID, "display_name": STORAGE_GATEWAY_NAME},
    default=RegisteredResponse(
        service="gcs",
        path="/storage_gateways",
        method="POST",
        json=result([storage_gateway()]),
    ),
    validation_error=RegisteredResponse(
        service="gcs",
        path="/storage_gateways",
        method="POST",
        status=422,
        json=error_result("invalid_document", 422, _VALIDATION_MESSAGE),
        metadata={
            "code": "invalid_document",
            "http_status": 422,
            "message": _VALIDATION_MESSAGE,
        },
    ),
)
