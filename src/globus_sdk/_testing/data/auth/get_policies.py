from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import POLICY_ID, policy_document

_MFA_POLICY_ID = "0e1d2c3b-4a59-4687-9a6b-5c4d3e2f1a0b"

RESPONSES = ResponseSet(
    default=RegisteredResponse(
        service="auth",
        path="/v2/api/policies",
        json={
            "policies": [
                policy_document(),
                policy_document(
                    id=_MFA_POLICY_ID,
                    display_name="MFA Required",
                    description="Require multi-factor authentication",
                    required_mfa=True,
                    domain_constraints_include=["example.edu"],
                ),
            ]
        },
        metadata={"policy_ids": [POLICY_ID, _MFA_POLICY_ID]},
    ),
)
