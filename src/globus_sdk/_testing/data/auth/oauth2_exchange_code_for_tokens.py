from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import (
    CLIENT_ID,
    TRANSFER_SCOPE,
    fixture_id_token,
    token_data,
    token_response,
)

_TRANSFER = token_data(
    "transfer.api.globus.org",
    TRANSFER_SCOPE,
    access_token="fixture-code-transfer-access-token-8f2d",
    refresh_token="fixture-code-transfer-refresh-token-c41a",
)

RESPONSES = ResponseSet(
    default=RegisteredResponse(
        service="auth",
        path="/v2/oauth2/token",
        method="POST",
        json=token_response(**_TRANSFER),
        metadata={},
    ),
    openid=RegisteredResponse(
        service="auth",
        path="/v2/oauth2/token",
        method="POST",
        json=token_response(
            _TRANSFER,
            id_token=fixture_id_token(CLIENT_ID),
            **token_data(
                "auth.globus.org",
                "openid profile email",
                access_token="fixture-code-auth-access-token-71be",
                refresh_token="fixture-code-auth-refresh-token-9d03",
            ),
        ),
        metadata={},
    ),
    invalid_grant=RegisteredResponse(
        service="auth",
        path="/v2/oauth2/token",
        method="POST",
        status=401,
        json={"error": "invalid_grant"},
        metadata={},
    ),
)
