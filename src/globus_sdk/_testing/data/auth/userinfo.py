from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import GLOBUSID_IDP_ID, USER_ID, USERNAME, error_response

_FORBIDDEN_ID = "b1a2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d"
_UNAUTHORIZED_ID = "9f8e7d6c-5b4a-4c3d-9e2f-1a0b9c8d7e6f"


def build_responses() -> ResponseSet:
    """
    The cases of ``userinfo``; ``oauth2_userinfo`` (its deprecated name) builds its
    own set from this too.
    """
    return ResponseSet(
        default=RegisteredResponse(
            service="auth",
            path="/v2/oauth2/userinfo",
            json={
                "sub": USER_ID,
                "preferred_username": USERNAME,
                "name": "Sam Jones",
                "email": "sam.jones@example.edu",
                "organization": "Example University",
                "identity_provider": GLOBUSID_IDP_ID,
                "identity_provider_display_name": "Globus ID",
                "last_authentication": 1714661820,
                "identity_set": [
                    {
                        "sub": USER_ID,
                        "username": USERNAME,
                        "name": "Sam Jones",
                        "email": "sam.jones@example.edu",
                        "identity_provider": GLOBUSID_IDP_ID,
                        "identity_provider_display_name": "Globus ID",
                        "organization": "Example University",
                        "last_authentication": 1714661820,
                    }
                ],
            },
            metadata={"id": USER_ID, "username": USERNAME},
        ),
        forbidden=RegisteredResponse(
            service="auth",
            path="/v2/oauth2/userinfo",
            status=403,
            json=error_response(
                status=403,
                code="FORBIDDEN",
                title="Forbidden",
                detail="The token lacks the openid scope",
                error_id=_FORBIDDEN_ID,
            ),
            metadata={
                "http_status": 403,
                "code": "FORBIDDEN",
                "message": "The token lacks the openid scope",
                "error_id": _FORBIDDEN_ID,
            },
        ),
        unauthorized=RegisteredResponse(
            service="auth",
            path="/v2/oauth2/userinfo",
            status=401,
            json=error_response(
                status=401,
                code="UNAUTHORIZED",
                title="Unauthorized",
                detail="Call must be authenticated",
                error_id=_UNAUTHORIZED_ID,
            ),
            metadata={
                "http_status": 401,
                "code": "UNAUTHORIZED",
                "message": "Call must be authenticated",
                "error_id": _UNAUTHORIZED_ID,
            },
        ),
    )


RESPONSES = build_responses()
