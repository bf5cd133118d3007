from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import TRANSFER_SCOPE, token_data, token_response

_ACCESS_TOKEN = "fixture-grant-transfer-access-token-6d1f"

RESPONSES = ResponseSet(
    default=RegisteredResponse(
        service="auth",
        path="/v2/oauth2/token",
        method="POST",
        json=token_response(
            **token_data(
                "transfer.api.globus.org", TRANSFER_SCOPE, access_token=_ACCESS_TOKEN
            )
        ),
        metadata={
            "resource_server": "transfer.api.globus.org",
            "access_token": _ACCESS_TOKEN,
        },
    ),
    unsupported_grant_type=RegisteredResponse(
        service="auth",
        path="/v2/oauth2/token",
        method="POST",
        status=400,
        json={"error": "unsupported_grant_type"},
        metadata={},
    ),
)
