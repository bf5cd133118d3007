from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import TRANSFER_SCOPE, token_data, token_response

_ACCESS_TOKEN = "fixture-refreshed-transfer-access-token-3e6b"

RESPONSES = ResponseSet(
    default=RegisteredResponse(
        service="auth",
        path="/v2/oauth2/token",
        method="POST",
        json=token_response(
            **token_data(
                "transfer.api.globus.org",
                TRANSFER_SCOPE,
                access_token=_ACCESS_TOKEN,
                refresh_token="fixture-rotated-refresh-token-b802",
            )
        ),
        metadata={
            "resource_server": "transfer.api.globus.org",
            "access_token": _ACCESS_TOKEN,
        },
    ),
    invalid_grant=RegisteredResponse(
        service="auth",
        path="/v2/oauth2/token",
        method="POST",
        status=400,
        json={"error": "invalid_grant"},
        metadata={},
    ),
)
