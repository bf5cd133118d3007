from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._endpoint_fixtures import ENDPOINT_ID

RESPONSES = ResponseSet(
    metadata={"endpoint_id": ENDPOINT_ID},
    default=RegisteredResponse(
        service="transfer",
        path=f"/endpoint/{ENDPOINT_ID}/activation_requirements",
        json={
            "DATA_TYPE": "activation_requirements",
            "activated": True,
            "auto_activation_supported": True,
            "expires_in": -1,
            "expire_time": None,
            "oauth_server": None,
            "length": 0,
            "DATA": [],
        },
    ),
)
