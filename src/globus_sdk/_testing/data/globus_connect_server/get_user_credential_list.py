from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import (
    S3_CONNECTOR_ID,
    STORAGE_GATEWAY_ID_2,
    USER_CREDENTIAL_ID,
    USER_CREDENTIAL_ID_2,
    result,
    user_credential,
)

RESPONSES = ResponseSet(
    metadata={"ids": [USER_CREDENTIAL_ID, USER_CREDENTIAL_ID_2]},
    default=RegisteredResponse(
        service="gcs",
        path="/user_credentials",
        json=result(
            [
                user_credential(),
                user_credential(
                    USER_CREDENTIAL_ID_2,
                    display_name="jdoe's S3 keys",
                    storage_gateway_id=STORAGE_GATEWAY_ID_2,
                    connector_id=S3_CONNECTOR_ID,
                ),
            ]
        ),
    ),
)
