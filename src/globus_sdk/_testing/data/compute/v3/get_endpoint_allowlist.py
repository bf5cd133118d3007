from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from .._common import ENDPOINT_ID, FUNCTION_ID

_FUNCTION_ID_2 = "6b8d0f2a-4c6e-4a8b-9d1f-3b5d7f9a1c2e"

RESPONSES = ResponseSet(
    metadata={"endpoint_id": ENDPOINT_ID},
    default=RegisteredResponse(
        service="compute",
        path=f"/v3/endpoints/{ENDPOINT_ID}/allowed_functions",
        json={
            "endpoint_id": ENDPOINT_ID,
            "restrict_functions": True,
            "functions": [FUNCTION_ID, _FUNCTION_ID_2],
        },
    ),
)
