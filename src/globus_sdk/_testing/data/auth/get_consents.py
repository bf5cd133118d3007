from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import USER_ID

_TRANSFER_CLIENT = "a9f4c7d2-1b3e-4f5a-8c6d-7e8f9a0b1c2d"
_TRANSFER_SCOPE = "4a6c3b2e-9d8f-4e1a-b7c6-5d4e3f2a1b0c"
_COLLECTION_CLIENT = "f1e2d3c4-b5a6-4978-8695-a4b3c2d1e0f9"
_DATA_ACCESS_SCOPE = "7b8c9d0e-1f2a-4b3c-8d4e-5f6a7b8c9d0e"


def _consent(
    consent_id: int,
    dependency_path: list[int],
    *,
    client: str,
    scope: str,
    scope_name: str,
) -> dict[str, object]:
    return {
        "id": consent_id,
        "client": client,
        "scope": scope,
        "scope_name": scope_name,
        "effective_identity": USER_ID,
        "dependency_path": dependency_path,
        "created": "2024-03-18T21:44:43.131800+00:00",
        "updated": "2024-03-18T21:44:43.131800+00:00",
        "last_used": "2024-05-02T15:02:11.871245+00:00",
        "status": "approved",
        "allows_refresh": True,
        "auto_approved": False,
        "atomically_revocable": False,
    }


RESPONSES = ResponseSet(
    default=RegisteredResponse(
        service="auth",
        path=f"/v2/api/identities/{USER_ID}/consents",
        json={
            "consents": [
                _consent(
                    142632,
                    [142632],
                    client=_TRANSFER_CLIENT,
                    scope=_TRANSFER_SCOPE,
                    scope_name="urn:globus:auth:scope:transfer.api.globus.org:all",
                ),
                _consent(
                    142633,
                    [142632, 142633],
                    client=_COLLECTION_CLIENT,
                    scope=_DATA_ACCESS_SCOPE,
                    scope_name=(
                        f"https://auth.globus.org/scopes/{_COLLECTION_CLIENT}/data_access"
                    ),
                ),
            ]
        },
        metadata={"identity_id": USER_ID},
    ),
)
