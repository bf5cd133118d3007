from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import POLICY_ID, policy_document

RESPONSES = ResponseSet(
    default=RegisteredResponse(
        service="auth",
        path=f"/v2/api/policies/{POLICY_ID}",
        method="DELETE",
        json={"policy": policy_document()},
        metadata={"policy_id": POLICY_ID},
    ),
)
