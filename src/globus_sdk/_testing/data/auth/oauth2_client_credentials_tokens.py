from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import (
    CLIENT_ID,
    TRANSFER_SCOPE,
    fixture_id_token,
    token_data,
    token_response,
)

_ACCESS_TOKEN = "fixture-cc-transfer-access-token-0d8c52b1"

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
            "service": "transfer",
            "resource_server": "transfer.api.globus.org",
            "scope": TRANSFER_SCOPE,
            "access_token": _ACCESS_TOKEN,
        },
    ),
    openid=RegisteredResponse(
        service="auth",
        path="/v2/oauth2/token",
        method="POST",
        json=token_response(
            id_token=fixture_id_token(CLIENT_ID),
            **token_data(
                "auth.globus.org",
                "openid profile email",
                access_token="fixture-cc-auth-access-token-5a1e9f77",
            ),
        ),
        metadata={},
    ),
    invalid_client=RegisteredResponse(
        service="auth",
        path="/v2/oauth2/token",
        method="POST",
        status=401,
        json={"error": "invalid_client"},
        metadata={"http_status": 401, "code": "invalid_client"},
    ),
)
