from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import USER_CREDENTIAL_ID, result, user_credential

RESPONSES = ResponseSet(
    metadata={"id": USER_CREDENTIAL_ID},
    default=RegisteredResponse(
        service="gcs",
        path="/user_credentials",
        method="POST",
        json=result([user_credential()]),
    ),
)
