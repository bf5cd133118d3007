from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from .._common import endpoint_registration

RESPONSES = ResponseSet(
    default=RegisteredResponse(
        service="compute",
        path="/v3/endpoints",
        method="POST",
        json=endpoint_registration(),
    ),
)
