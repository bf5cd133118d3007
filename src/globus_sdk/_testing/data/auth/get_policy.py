from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import POLICY_ID, not_found, policy_document

RESPONSES = ResponseSet(
    default=RegisteredResponse(
        service="auth",
        path=f"/v2/api/policies/{POLICY_ID}",
        json={"policy": policy_document()},
        metadata={"policy_id": POLICY_ID},
    ),
    not_found=not_found(
        f"/v2/api/policies/{POLICY_ID}",
        error_id="2c3d4e5f-6a7b-4c8d-8e9f-1a2b3c4d5e6f",
        what="Policy",
        policy_id=POLICY_ID,
    ),
)
