from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import OPENID_CONFIGURATION

RESPONSES = ResponseSet(
    default=RegisteredResponse(
        service="auth",
        path="/.well-known/openid-configuration",
        json=OPENID_CONFIGURATION,
        metadata={"issuer": OPENID_CONFIGURATION["issuer"]},
    ),
)
