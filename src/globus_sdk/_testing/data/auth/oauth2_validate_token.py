from globus_sdk._testing.models import RegisteredResponse, ResponseSet

RESPONSES = ResponseSet(
    default=RegisteredResponse(
        service="auth",
        path="/v2/oauth2/token/validate",
        method="POST",
        json={"active": True},
        metadata={"active": True},
    ),
    inactive=RegisteredResponse(
        service="auth",
        path="/v2/oauth2/token/validate",
        method="POST",
        json={"active": False},
        metadata={"active": False},
    ),
)
