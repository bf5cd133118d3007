from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import USER_CREDENTIAL_ID, result, user_credential

RESPONSES = ResponseSet(
    metadata={"id": USER_CREDENTIAL_ID, "display_name": "jdoe's renamed credential"},
    default=RegisteredResponse(
        service="gcs",
        path=f"/user_credentials/{USER_CREDENTIAL_ID}",
        method="PATCH",
        json=result([user_credential(display_name="jdoe's renamed credential")]),
    ),
)
