from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import (
    S3_CONNECTOR_ID,
    STORAGE_GATEWAY_ID,
    STORAGE_GATEWAY_ID_2,
    STORAGE_GATEWAY_NAME_2,
    result,
    storage_gateway,
)

RESPONSES = ResponseSet(
    metadata={"ids": [STORAGE_GATEWAY_ID, STORAGE_GATEWAY_ID_2]},
    default=RegisteredResponse(
        service="gcs",
        path="/storage_gateways",
        json=result(
            [
                storage_gateway(),
                storage_gateway(
                    STORAGE_GATEWAY_ID_2, STORAGE_GATEWAY_NAME_2, S3_CONNECTOR_ID
                ),
            ]
        ),
    ),
)
