from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from .._common import FUNCTION_CODE, FUNCTION_ID, FUNCTION_NAME

RESPONSES = ResponseSet(
    metadata={
        "function_id": FUNCTION_ID,
        "function_name": FUNCTION_NAME,
        "function_code": FUNCTION_CODE,
    },
    default=RegisteredResponse(
        service="compute",
        path=f"/v2/functions/{FUNCTION_ID}",
        json={
            "function_uuid": FUNCTION_ID,
            "function_name": FUNCTION_NAME,
            "function_code": FUNCTION_CODE,
            "description": "Says hello",
            "metadata": {"python_version": "3.11.7", "sdk_version": "2.20.0"},
        },
    ),
)
