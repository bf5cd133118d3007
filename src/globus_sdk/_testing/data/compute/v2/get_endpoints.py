from responses import matchers

from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from .._common import ENDPOINT_ID, ENDPOINT_ID_2, ENDPOINT_ID_3, ENDPOINT_NAME

_OWNER = "8f2c6a1e-3b4d-4e5f-9a0b-1c2d3e4f5a6b"
_OTHER_OWNER = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"

_OWNED = [
    {"uuid": ENDPOINT_ID, "name": ENDPOINT_NAME, "display_name": None, "owner": _OWNER},
    {
        "uuid": ENDPOINT_ID_2,
        "name": "laptop",
        "display_name": "My laptop",
        "owner": _OWNER,
    },
]
_SHARED = {
    "uuid": ENDPOINT_ID_3,
    "name": "shared-gpu",
    "display_name": "Shared GPU endpoint",
    "owner": _OTHER_OWNER,
}

RESPONSES = ResponseSet(
    metadata={
        "endpoint_id": ENDPOINT_ID,
        "endpoint_id_2": ENDPOINT_ID_2,
        "endpoint_id_3": ENDPOINT_ID_3,
    },
    # listed first so that, with every case active, role=any finds it
    any=RegisteredResponse(
        service="compute",
        path="/v2/endpoints",
        json=[*_OWNED, _SHARED],
        match=[matchers.query_param_matcher({"role": "any"})],
    ),
    # by default (role=owner), only the caller's own endpoints
    default=RegisteredResponse(service="compute", path="/v2/endpoints", json=_OWNED),
)
