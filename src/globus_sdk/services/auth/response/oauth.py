"""Token responses from Globus Auth's ``/v2/oauth2/token`` endpoint."""

from __future__ import annotations

import json
import logging
import math
import time
import typing as t

from globus_sdk import exc
from globus_sdk.response import GlobusHTTPResponse

if t.TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey

log = logging.getLogger(__name__)

# fields of token data which are credentials: never shown by str()/repr()
_SECRET_FIELDS = frozenset({"access_token", "refresh_token", "id_token"})
_MASK = "***"


def _mask_secrets(value: t.Any) -> t.Any:
    """A copy of ``value`` (JSON data) with every token value replaced by ``***``."""
    if isinstance(value, dict):
        return {
            k: (_MASK if k in _SECRET_FIELDS and v is not None else _mask_secrets(v))
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [_mask_secrets(v) for v in value]
    return value


def _convert_token_info_dict(
    source: t.Mapping[str, t.Any], received_at: float
) -> dict[str, t.Any]:
    """One resource server's token data, with ``expires_at_seconds`` computed."""
    expires_in = source.get("expires_in", 0)
    if not _is_finite_number(expires_in):
        expires_in = 0
    return {
        "scope": source.get("scope", ""),
        "access_token": source["access_token"],
        "refresh_token": source.get("refresh_token"),
        "token_type": source.get("token_type"),
        "expires_at_seconds": int(received_at + expires_in),
        "resource_server": source["resource_server"],
    }


def _is_finite_number(value: t.Any) -> bool:
    # JSON numbers may also be booleans, or overflow to inf / nan ("1e400", "NaN")
    return (
        isinstance(value, (int, float))
        and not isinstance(value, bool)
        and math.isfinite(value)
    )


def _is_token_document(item: t.Any) -> bool:
    return (
        isinstance(item, dict)
        and isinstance(item.get("resource_server"), str)
        and isinstance(item.get("access_token"), str)
    )


class _ByScopesGetter:
    """
    A read-only, dict-like view of token data keyed by scope string; a key may hold
    several space-separated scopes if they all belong to the same token.
    """

    def __init__(self, scope_map: dict[str, dict[str, t.Any]]) -> None:
        self.scope_map = scope_map

    def __str__(self) -> str:
        return json.dumps(_mask_secrets(self.scope_map))

    def __repr__(self) -> str:
        return f"_ByScopesGetter(scopes={sorted(self.scope_map)!r})"

    def __iter__(self) -> t.Iterator[str]:
        return iter(self.scope_map)

    def __getitem__(self, scopename: str) -> dict[str, t.Any]:
        if not isinstance(scopename, str):
            raise KeyError(f'by_scopes cannot contain non-string value "{scopename}"')
        scopes = scopename.split()
        resource_servers = set()
        token_data: list[dict[str, t.Any]] = []
        for scope in scopes:
            try:
                data = self.scope_map[scope]
            except KeyError:
                raise KeyError(
                    f'Scope specifier "{scopename}" contains scope "{scope}" '
                    "which was not found"
                ) from None
            resource_servers.add(data["resource_server"])
            token_data.append(data)
        if len(resource_servers) != 1:
            raise KeyError(
                f'Scope specifier "{scopename}" did not match exactly one token!'
            )
        return token_data.pop()

    def __contains__(self, item: t.Any) -> bool:
        try:
            self[item]
        except KeyError:
            return False
        return True


class OAuthTokenResponse(GlobusHTTPResponse):
    """
    A response from Globus Auth's token endpoint: tokens for one or more resource
    servers.

    The tokens for the resource server of the requested scopes are at the top level of
    the document, the others in ``other_tokens``; :attr:`by_resource_server` and
    :attr:`by_scopes` present them all uniformly, each with an ``expires_at_seconds``
    POSIX timestamp computed from ``expires_in`` and the time the response was received.

    ``str()`` shows the token data with every token masked; ``repr()`` shows no data.
    """

    def __init__(self, *args: t.Any, **kwargs: t.Any) -> None:
        super().__init__(*args, **kwargs)
        # expiry times are relative to when the response arrived, not when they are read
        self._received_at = time.time()
        self._by_resource_server: dict[str, dict[str, t.Any]] | None = None

    def _token_documents(self) -> list[t.Any]:
        data = self.data
        if not isinstance(data, dict):
            return []
        docs: list[t.Any] = [data]
        other_tokens = data.get("other_tokens")
        if isinstance(other_tokens, list):
            docs.extend(other_tokens)
        return docs

    @property
    def by_resource_server(self) -> dict[str, dict[str, t.Any]]:
        """
        The token data indexed by resource server, e.g.
        ``tokens.by_resource_server["transfer.api.globus.org"]["access_token"]``.

        Each value holds ``scope``, ``access_token``, ``refresh_token``,
        ``token_type``, ``expires_at_seconds`` and ``resource_server``.
        """
        if self._by_resource_server is None:
            by_rs: dict[str, dict[str, t.Any]] = {}
            for doc in self._token_documents():
                if _is_token_document(doc):
                    by_rs[doc["resource_server"]] = _convert_token_info_dict(
                        doc, self._received_at
                    )
                else:
                    log.debug("token response holds an entry which is not token data")
            self._by_resource_server = by_rs
        return self._by_resource_server

    @property
    def by_scopes(self) -> _ByScopesGetter:
        """
        The token data indexed by scope. A key may name several space-separated scopes,
        provided they all belong to one token:

        .. code-block:: python

            tokens.by_scopes["urn:globus:auth:scope:transfer.api.globus.org:all"]
            tokens.by_scopes["openid profile"]
        """
        scope_map: dict[str, dict[str, t.Any]] = {}
        for token_data in self.by_resource_server.values():
            for scope in str(token_data["scope"]).split():
                scope_map[scope] = token_data
        return _ByScopesGetter(scope_map)

    def decode_id_token(
        self,
        openid_configuration: None | GlobusHTTPResponse | dict[str, t.Any] = None,
        jwk: RSAPublicKey | None = None,
        jwt_params: dict[str, t.Any] | None = None,
    ) -> dict[str, t.Any]:
        """
        Verify the OpenID Connect ``id_token`` of this response and return its claims.

        The signature is checked with the Globus Auth key whose ``kid`` matches the
        token's, with the RSA algorithms Globus Auth publishes; the audience must be the
        client ID of the client which made the request, the issuer the issuer of Globus
        Auth's OpenID configuration; ``exp`` and ``iat`` are required and checked with
        a leeway of 300 seconds.

        :param openid_configuration: Globus Auth's OpenID configuration; fetched when
            not given
        :param jwk: the key to verify the signature with; when not given, the key is
            chosen from Globus Auth's published key set by the token's ``kid``
        :param jwt_params: ``{"leeway": seconds, "options": {...}}``: a different
            leeway, and options for ``jwt.decode``
        :raises jwt.InvalidTokenError: (from ``pyjwt``) if the token is not valid
        """
        from globus_sdk.services.auth.id_token_decoder import IDTokenDecoder

        id_token = self.get("id_token")
        if not isinstance(id_token, str) or not id_token:
            raise exc.GlobusSDKUsageError(
                "This token response has no id_token. Request the 'openid' scope to "
                "get one."
            )
        if self.client is None:
            raise exc.GlobusSDKUsageError(
                "decode_id_token() needs the client which made the token request."
            )
        params = dict(jwt_params or {})
        leeway = params.pop("leeway", 300.0)
        options = params.pop("options", None)
        if params:
            raise exc.GlobusSDKUsageError(
                "decode_id_token() jwt_params supports 'leeway' and 'options', not "
                + ", ".join(repr(k) for k in sorted(params))
            )
        decoder = IDTokenDecoder(
            self.client,  # type: ignore[arg-type]
            jwt_leeway=leeway,
            jwt_options=options,
        )
        if openid_configuration is not None:
            decoder.store_openid_configuration(openid_configuration)
        if jwk is not None:
            decoder.store_jwk(jwk)
        log.debug("decoding the id_token of a token response")
        return decoder.decode(id_token)

    def __str__(self) -> str:
        # only the token data, with every credential masked
        return json.dumps(_mask_secrets(self.by_resource_server), indent=2)


class OAuthAuthorizationCodeResponse(OAuthTokenResponse):
    """The tokens from an authorization code grant (the end of a login flow)."""


class OAuthRefreshTokenResponse(OAuthTokenResponse):
    """The tokens from a refresh token grant."""


class OAuthClientCredentialsResponse(OAuthTokenResponse):
    """The tokens from a client credentials grant (a client acting as itself)."""


class OAuthDependentTokenResponse(OAuthTokenResponse):
    """
    The tokens from a dependent token grant: a JSON array of token documents, one per
    resource server, presented by :attr:`by_resource_server` like other token
    responses.
    """

    def _token_documents(self) -> list[t.Any]:
        data = self.data
        return list(data) if isinstance(data, list) else []

    def decode_id_token(
        self,
        openid_configuration: None | (GlobusHTTPResponse | dict[str, t.Any]) = None,
        jwk: RSAPublicKey | None = None,
        jwt_params: dict[str, t.Any] | None = None,
    ) -> dict[str, t.Any]:
        """
        Not available: dependent token responses hold no ``id_token``.

        :raises NotImplementedError: always
        """
        raise NotImplementedError(
            "OAuthDependentTokenResponse.decode_id_token() is not and cannot be "
            "implemented. Dependent Tokens data does not include an id_token"
        )
