from __future__ import annotations

import base64
import hashlib
import logging
import re
import secrets
import typing as t

from globus_sdk import exc, utils

from .._common import authorize_url, requested_scopes_string
from ..response import OAuthAuthorizationCodeResponse
from .base import GlobusOAuthFlowManager

if t.TYPE_CHECKING:
    import globus_sdk
    from globus_sdk._types import ScopeCollectionType

log = logging.getLogger(__name__)

# RFC 7636: 43-128 characters of [A-Z] / [a-z] / [0-9] / "-" / "." / "_" / "~"
_VERIFIER_MIN_LENGTH = 43
_VERIFIER_MAX_LENGTH = 128
_INVALID_VERIFIER_CHARS = re.compile(r"[^a-zA-Z0-9~_.-]")


def make_native_app_challenge(verifier: str | None = None) -> tuple[str, str]:
    """
    A PKCE code verifier and its ``S256`` challenge (RFC 7636).

    :param verifier: the verifier to use (43-128 characters of ``A-Z a-z 0-9 - . _ ~``);
        a random one is made when not given
    :returns: ``(verifier, challenge)``
    :raises GlobusSDKUsageError: if ``verifier`` is not a valid code verifier
    """
    if verifier is not None:
        if not _VERIFIER_MIN_LENGTH <= len(verifier) <= _VERIFIER_MAX_LENGTH:
            raise exc.GlobusSDKUsageError(
                f"verifier must be {_VERIFIER_MIN_LENGTH}-{_VERIFIER_MAX_LENGTH} "
                f"characters long: {len(verifier)}"
            )
        if _INVALID_VERIFIER_CHARS.search(verifier):
            raise exc.GlobusSDKUsageError(
                "verifier contained invalid characters (allowed: A-Z a-z 0-9 - . _ ~)"
            )
    else:
        # 32 random bytes -> 43 URL-safe base64 characters
        verifier = secrets.token_urlsafe(32)
    digest = hashlib.sha256(verifier.encode("utf-8")).digest()
    challenge = base64.urlsafe_b64encode(digest).decode("utf-8").rstrip("=")
    return verifier, challenge


class GlobusNativeAppFlowManager(GlobusOAuthFlowManager):
    """
    The authorization code flow of a native application (no client secret), secured
    with PKCE: the authorize URL carries the ``S256`` challenge of a secret verifier,
    and the code exchange sends the verifier itself.

    Usually created by
    :meth:`NativeAppAuthClient.oauth2_start_flow <globus_sdk.NativeAppAuthClient.oauth2_start_flow>`.

    :param auth_client: the native app client running the flow
    :param requested_scopes: the scopes to request (default: ``openid profile email``
        and Transfer's ``all``)
    :param redirect_uri: where Globus Auth sends the user back; default: Globus Auth's
        page which displays the code for the user to copy
        (``https://auth.globus.org/v2/web/auth-code``)
    :param state: an opaque value passed through the flow
    :param verifier: the PKCE code verifier (43-128 characters of
        ``A-Z a-z 0-9 - . _ ~``); a random one by default
    :param refresh_tokens: request refresh tokens too
    :param prefill_named_grant: a name for the grant, prefilled on the consent page
    """

    def __init__(
        self,
        auth_client: globus_sdk.NativeAppAuthClient,
        requested_scopes: ScopeCollectionType | None = None,
        redirect_uri: str | None = None,
        state: str = "_default",
        verifier: str | None = None,
        refresh_tokens: bool = False,
        prefill_named_grant: str | None = None,
    ) -> None:
        self.auth_client = auth_client
        self.client_id = auth_client.client_id
        self.verifier, self.challenge = make_native_app_challenge(verifier)
        self.redirect_uri = redirect_uri or utils.slash_join(
            auth_client.base_url, "/v2/web/auth-code"
        )
        self.requested_scopes = requested_scopes_string(requested_scopes)
        self.state = state
        self.refresh_tokens = refresh_tokens
        self.prefill_named_grant = prefill_named_grant

    def __repr__(self) -> str:
        # never show the verifier
        return (
            f"{type(self).__name__}(client_id={self.client_id!r}, "
            f"redirect_uri={self.redirect_uri!r}, requested_scopes={self.requested_scopes!r})"
        )

    def get_authorize_url(self, query_params: dict[str, t.Any] | None = None) -> str:
        """
        The URL of Globus Auth's authorize page for this flow
        (``/v2/oauth2/authorize`` with ``client_id``, ``redirect_uri``, ``scope``,
        ``state``, ``response_type=code``, ``code_challenge``,
        ``code_challenge_method=S256``, ``access_type`` and ``prefill_named_grant``),
        plus ``query_params``.
        """
        params: dict[str, t.Any] = {
            "client_id": self.client_id,
            "redirect_uri": self.redirect_uri,
            "scope": self.requested_scopes,
            "state": self.state,
            "response_type": "code",
            "code_challenge": self.challenge,
            "code_challenge_method": "S256",
            "access_type": "offline" if self.refresh_tokens else "online",
        }
        if self.prefill_named_grant is not None:
            params["prefill_named_grant"] = self.prefill_named_grant
        params.update(query_params or {})
        return authorize_url(self.auth_client.base_url, params)

    def exchange_code_for_tokens(
        self, auth_code: str
    ) -> OAuthAuthorizationCodeResponse:
        """
        ``POST /v2/oauth2/token`` (authorization code grant with the PKCE verifier and
        the client ID, no credentials): exchange ``auth_code`` for tokens.
        """
        log.debug("exchanging an authorization code for tokens (PKCE)")
        return self.auth_client.oauth2_token(
            {
                "client_id": self.client_id,
                "grant_type": "authorization_code",
                "code": auth_code,
                "code_verifier": self.verifier,
                "redirect_uri": self.redirect_uri,
            },
            response_class=OAuthAuthorizationCodeResponse,
        )
