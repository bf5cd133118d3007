from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import CLIENT_ID, TRANSFER_SCOPE, USER_ID, USERNAME

_INTROSPECTION = {
    "active": True,
    "scope": TRANSFER_SCOPE,
    "client_id": CLIENT_ID,
    "sub": USER_ID,
    "username": USERNAME,
    "name": "Sam Jones",
    "email": "sam.jones@example.edu",
    "aud": ["transfer.api.globus.org", CLIENT_ID],
    "iss": "https://auth.globus.org",
    "exp": 1714834620,
    "iat": 1714661820,
    "nbf": 1714661820,
    "identity_set": [USER_ID],
}

RESPONSES = ResponseSet(
    default=RegisteredResponse(
        service="auth",
        path="/v2/oauth2/token/introspect",
        method="POST",
        json=_INTROSPECTION,
        metadata={
            "client_id": CLIENT_ID,
            "id": USER_ID,
            "username": USERNAME,
            "name": "Sam Jones",
            "email": "sam.jones@example.edu",
            "scope": TRANSFER_SCOPE,
        },
    ),
    # an expired, revoked or unknown token
    inactive=RegisteredResponse(
        service="auth",
        path="/v2/oauth2/token/introspect",
        method="POST",
        json={"active": False},
        metadata={"active": False},
    ),
)
