from globus_sdk._testing.models import RegisteredResponse, ResponseList, ResponseSet

from ._common import JWK, JWK_KID, OPENID_CONFIGURATION

RESPONSES = ResponseSet(
    # the OpenID configuration (fetched unless given) and the key set it points to
    default=ResponseList(
        RegisteredResponse(
            service="auth",
            path="/.well-known/openid-configuration",
            json=OPENID_CONFIGURATION,
        ),
        RegisteredResponse(service="auth", path="/jwk.json", json={"keys": [JWK]}),
        metadata={"kid": JWK_KID, "jwk": JWK},
    ),
)
