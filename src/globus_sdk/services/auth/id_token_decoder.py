"""``IDTokenDecoder``: verify OpenID Connect ID tokens issued by Globus Auth."""

from __future__ import annotations

import datetime
import json
import logging
import typing as t

from globus_sdk.response import GlobusHTTPResponse

# jwt and cryptography are imported where they are used: importing the Auth clients
# must not load them
if t.TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey
    from typing_extensions import Self

    import globus_sdk
    from globus_sdk.services.auth.client import AuthLoginClient

log = logging.getLogger(__name__)

#: the only signature algorithms accepted for ID tokens: RSA, as Globus Auth publishes
#: (never ``none``, never an HMAC algorithm which would take the public key as secret)
ALLOWED_SIGNING_ALGORITHMS: tuple[str, ...] = ("RS256", "RS384", "RS512")

#: claims an ID token must carry
REQUIRED_CLAIMS: tuple[str, ...] = ("exp", "iat", "iss", "aud")


class SupportsJWKMethods(t.Protocol):
    """What :class:`IDTokenDecoder` needs of a client (any Auth client provides it)."""

    @property
    def client_id(self) -> str | None: ...

    def get_openid_configuration(self) -> GlobusHTTPResponse: ...

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


class _KeyEntry(t.NamedTuple):
    key: RSAPublicKey
    alg: str | None


class IDTokenDecoder:
    """
    Verifies ID tokens (``id_token`` in a token response) and returns their claims.

    The decoder fetches Globus Auth's OpenID configuration and its key set (JWKS)
    through ``auth_client`` once, and caches them. For each token:

    - the signing key is the JWKS key whose ``kid`` matches the token header's; if
      there is none (Globus Auth rotated its keys) the key set is fetched again, once
    - the algorithm must be one of the RSA algorithms (``RS256``/``RS384``/``RS512``)
      that the OpenID configuration lists (and the key's ``alg``, if it has one)
    - the audience must be the client's ID (:meth:`get_jwt_audience`), the issuer
      the configuration's ``issuer``; ``exp``, ``iat``, ``iss`` and ``aud`` are
      required; times are checked with ``jwt_leeway`` seconds of leeway

    Tokens are never logged. Invalid tokens raise ``jwt.InvalidTokenError`` (from
    ``pyjwt``) or one of its subclasses.

    :param auth_client: the client whose tokens are decoded (an ``AuthLoginClient``)
    :param jwt_leeway: the clock skew tolerated, in seconds (default 300)
    :param jwt_options: options passed to ``jwt.decode`` (they may override the
        ``require`` list)
    """

    def __init__(
        self,
        auth_client: SupportsJWKMethods,
        *,
        jwt_leeway: float | datetime.timedelta = 300.0,
        jwt_options: dict[str, t.Any] | None = None,
    ) -> None:
        self._auth_client = auth_client
        self.jwt_leeway = jwt_leeway
        self.jwt_options: dict[str, t.Any] = dict(jwt_options) if jwt_options else {}
        self._openid_configuration: dict[str, t.Any] | None = None
        self._stored_jwk: RSAPublicKey | None = None
        self._jwks: dict[str | None, _KeyEntry] | None = None

    @classmethod
    def for_globus_app(
        cls,
        *,
        app_name: str,
        config: globus_sdk.GlobusAppConfig,
        login_client: AuthLoginClient,
    ) -> Self:
        """Build a decoder for a ``GlobusApp`` (which provides its login client)."""
        return cls(login_client)

    # ---- decoding

    def decode(self, id_token: str, /) -> dict[str, t.Any]:
        """
        Verify ``id_token`` and return its claims.

        :raises jwt.InvalidTokenError: if the token is malformed, its signature is not
            valid, it is expired or not yet valid, or it was issued by another issuer or
            for another audience
        """
        import jwt

        # a malformed token fails here, before any discovery request
        header = jwt.get_unverified_header(id_token)
        openid_configuration = self.get_openid_configuration()
        issuer = openid_configuration.get("issuer")
        if not isinstance(issuer, str) or not issuer:
            raise jwt.InvalidIssuerError(
                "The OpenID configuration has no 'issuer'; the token cannot be checked."
            )
        key, key_alg = self._signing_key(header.get("kid"))
        algorithms = self._algorithms(openid_configuration, key_alg)
        options: t.Any = {  # pyjwt types it as a TypedDict
            "require": list(REQUIRED_CLAIMS),
            **self.jwt_options,
        }
        claims: dict[str, t.Any] = jwt.decode(
            id_token,
            key=key,
            algorithms=algorithms,
            audience=self.get_jwt_audience(),
            issuer=issuer,
            leeway=self.jwt_leeway,
            options=options,
        )
        return claims

    def _algorithms(
        self, openid_configuration: dict[str, t.Any], key_alg: str | None
    ) -> list[str]:
        import jwt

        published = openid_configuration.get("id_token_signing_alg_values_supported")
        if isinstance(published, list):
            algorithms = [a for a in ALLOWED_SIGNING_ALGORITHMS if a in published]
        else:
            algorithms = list(ALLOWED_SIGNING_ALGORITHMS)
        if key_alg is not None:
            algorithms = [a for a in algorithms if a == key_alg]
        if not algorithms:
            raise jwt.InvalidAlgorithmError(
                "Globus Auth publishes no RSA signing algorithm usable for this token."
            )
        return algorithms

    def _signing_key(self, kid: t.Any) -> tuple[RSAPublicKey, str | None]:
        import jwt

        if self._stored_jwk is not None:
            return self._stored_jwk, None
        if kid is not None and not isinstance(kid, str):
            raise jwt.InvalidTokenError("The token header has a malformed 'kid'.")
        jwks = self._get_jwks()
        entry = _select_key(jwks, kid)
        if entry is None:
            # the key set may have been rotated since it was cached: fetch it once more
            log.debug(
                "no cached JWK matches the id_token's key id; fetching the JWKS again"
            )
            jwks = self._get_jwks(refresh=True)
            entry = _select_key(jwks, kid)
        if entry is None:
            raise jwt.InvalidTokenError(
                f"No key in Globus Auth's JWKS matches the token's key id {kid!r}."
            )
        return entry.key, entry.alg

    # ---- configuration and keys

    def get_jwt_audience(self) -> str | None:
        """The audience ID tokens must be for: the client's ID."""
        return self._auth_client.client_id

    def store_openid_configuration(
        self, openid_configuration: dict[str, t.Any] | GlobusHTTPResponse
    ) -> None:
        """Use this OpenID configuration instead of fetching it."""
        if isinstance(openid_configuration, GlobusHTTPResponse):
            data = openid_configuration.data
        else:
            data = openid_configuration
        if not isinstance(data, dict):
            raise TypeError("an OpenID configuration must be a JSON object")
        self._openid_configuration = dict(data)

    def store_jwk(self, jwk: RSAPublicKey) -> None:
        """Verify every token with this key, instead of choosing from the JWKS."""
        self._stored_jwk = jwk

    def get_openid_configuration(self) -> dict[str, t.Any]:
        """Globus Auth's OpenID configuration (fetched once, then cached)."""
        if self._openid_configuration is None:
            self.store_openid_configuration(
                self._auth_client.get_openid_configuration()
            )
        assert self._openid_configuration is not None
        return self._openid_configuration

    def get_jwk(self) -> RSAPublicKey:
        """
        The stored key if :meth:`store_jwk` was called, else the first key of Globus
        Auth's key set.
        """
        import jwt

        if self._stored_jwk is not None:
            return self._stored_jwk
        jwks = self._get_jwks()
        if not jwks:
            raise jwt.PyJWKError("Globus Auth's JWKS holds no usable RSA signing key.")
        return next(iter(jwks.values())).key

    def _get_jwks(self, *, refresh: bool = False) -> dict[str | None, _KeyEntry]:
        if self._jwks is None or refresh:
            raw = self._auth_client.get_jwk(
                self.get_openid_configuration(), as_pem=False
            )
            self._jwks = _parse_jwks(raw)
        return self._jwks


def _select_key(jwks: dict[str | None, _KeyEntry], kid: str | None) -> _KeyEntry | None:
    if kid is not None:
        return jwks.get(kid)
    # a token without a key id can only be matched when there is one key
    if len(jwks) == 1:
        return next(iter(jwks.values()))
    return None


def _parse_jwks(raw: t.Any) -> dict[str | None, _KeyEntry]:
    """The RSA signing keys of a JWKS document, by ``kid``."""
    import jwt
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey
    from jwt.algorithms import RSAAlgorithm

    keys = raw.get("keys") if isinstance(raw, dict) else None
    if not isinstance(keys, list):
        raise jwt.PyJWKError("Globus Auth's JWKS is malformed (no 'keys' list).")
    parsed: dict[str | None, _KeyEntry] = {}
    for jwk in keys:
        if not isinstance(jwk, dict) or jwk.get("kty") != "RSA":
            continue
        if jwk.get("use", "sig") != "sig":
            continue
        alg = jwk.get("alg")
        if alg is not None and alg not in ALLOWED_SIGNING_ALGORITHMS:
            continue
        try:
            key = RSAAlgorithm.from_jwk(json.dumps(jwk))
        except (jwt.InvalidKeyError, ValueError, TypeError, KeyError):
            log.debug("skipping a malformed key in the JWKS")
            continue
        if not isinstance(key, RSAPublicKey):  # a private key has no place in a JWKS
            continue
        kid = jwk.get("kid")
        parsed[kid if isinstance(kid, str) else None] = _KeyEntry(key, alg)
    return parsed
