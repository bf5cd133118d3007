from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import IDENTITY_ID

RESPONSES = ResponseSet(
    metadata={"identity_id": IDENTITY_ID},
    default=RegisteredResponse(
        service="groups",
        path="/preferences",
        json={IDENTITY_ID: {"allow_add": True}},
    ),
)
