from responses import matchers

from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import ENDPOINT_ID, GCS_MANAGER_URL, endpoint, result

NEW_DISPLAY_NAME = "Example University Research Storage (renamed)"

RESPONSES = ResponseSet(
    metadata={
        "endpoint_id": ENDPOINT_ID,
        "display_name": NEW_DISPLAY_NAME,
        "gcs_manager_url": GCS_MANAGER_URL,
    },
    # listed first so that, with every case active, include=endpoint finds it
    include_endpoint=RegisteredResponse(
        service="gcs",
        path="/endpoint",
        method="PATCH",
        json=result([endpoint(NEW_DISPLAY_NAME)]),
        match=[matchers.query_param_matcher({"include": "endpoint"})],
    ),
    # without include=endpoint the GCS Manager answers with an empty result
    default=RegisteredResponse(
        service="gcs", path="/endpoint", method="PATCH", json=result([])
    ),
)
