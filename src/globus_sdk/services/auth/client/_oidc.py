"""OpenID Connect discovery (configuration and signing keys), shared by all Auth clients."""

from __future__ import annotations

import json
import logging
import typing as t

from globus_sdk import client, exc
from globus_sdk.response import GlobusHTTPResponse

if t.TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey

log = logging.getLogger(__name__)


class OpenIDDiscoveryMixin(client.BaseClient):
    """``get_openid_configuration`` and ``get_jwk`` for Auth clients."""

    def get_openid_configuration(self) -> GlobusHTTPResponse:
        """
        ``GET /.well-known/openid-configuration``: Globus Auth's OpenID Connect
        configuration (its ``issuer``, ``jwks_uri``, endpoints, supported algorithms).
        """
        log.debug("fetching the OpenID configuration")
        return self.get("/.well-known/openid-configuration")

    @t.overload
    def get_jwk(
        self,
        openid_configuration: None | GlobusHTTPResponse | dict[str, t.Any],
        *,
        as_pem: t.Literal[True],
    ) -> RSAPublicKey: ...

    @t.overload
    def get_jwk(
        self,
        openid_configuration: None | GlobusHTTPResponse | dict[str, t.Any],
        *,
        as_pem: t.Literal[False],
    ) -> dict[str, t.Any]: ...

    @t.overload
    def get_jwk(
        self,
        openid_configuration: None | GlobusHTTPResponse | dict[str, t.Any] = None,
        *,
        as_pem: bool = False,
    ) -> RSAPublicKey | dict[str, t.Any]: ...

    def get_jwk(
        self,
        openid_configuration: None | GlobusHTTPResponse | dict[str, t.Any] = None,
        *,
        as_pem: bool = False,
    ) -> RSAPublicKey | dict[str, t.Any]:
        """
        Fetch Globus Auth's JSON Web Key Set from the configuration's ``jwks_uri``.

        :param openid_configuration: the OpenID configuration; fetched when not given
        :param as_pem: return the first key as a ``cryptography`` RSA public key instead
            of the JWKS document
        """
        if openid_configuration is None:
            openid_configuration = self.get_openid_configuration()
        config = (
            openid_configuration.data
            if isinstance(openid_configuration, GlobusHTTPResponse)
            else openid_configuration
        )
        jwks_uri = config.get("jwks_uri") if isinstance(config, dict) else None
        if not isinstance(jwks_uri, str) or not jwks_uri:
            raise exc.GlobusSDKUsageError("The OpenID configuration has no 'jwks_uri'.")
        log.debug("fetching the JWKS")
        jwk_data = self.get(jwks_uri).data
        if not as_pem:
            return t.cast("dict[str, t.Any]", jwk_data)
        return _first_rsa_public_key(jwk_data)


def _first_rsa_public_key(jwk_data: t.Any) -> RSAPublicKey:
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey
    from jwt.algorithms import RSAAlgorithm

    keys = jwk_data.get("keys") if isinstance(jwk_data, dict) else None
    if not isinstance(keys, list) or not keys or not isinstance(keys[0], dict):
        raise ValueError("The JWKS of Globus Auth holds no key.")
    key = RSAAlgorithm.from_jwk(json.dumps(keys[0]))
    if not isinstance(key, RSAPublicKey):
        raise ValueError("The first key of the JWKS is not an RSA public key.")
    return key
