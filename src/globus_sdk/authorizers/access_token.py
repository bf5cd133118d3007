from __future__ import annotations

import logging

from ._hashing import short_hash, token_hash
from .base import StaticGlobusAuthorizer

log = logging.getLogger(__name__)


class AccessTokenAuthorizer(StaticGlobusAuthorizer):
    """
    Authorization with a single access token and no way to renew it: the header is
    ``Bearer <access_token>``.

    When the token expires, requests fail with a 401 and this authorizer cannot help
    (``handle_missing_authorization()`` returns ``False``); use a
    :class:`RefreshTokenAuthorizer` or :class:`ClientCredentialsAuthorizer` for
    long-running programs.

    :param access_token: an access token for Globus Auth
    """

    def __init__(self, access_token: str) -> None:
        self.access_token = access_token
        self.access_token_hash = token_hash(access_token)
        self.header_val = f"Bearer {access_token}"
        log.debug(
            "AccessTokenAuthorizer created (access_token_hash=%s...)",
            short_hash(self.access_token_hash),
        )

    def __repr__(self) -> str:
        return (
            f"AccessTokenAuthorizer(access_token_hash="
            f"'{short_hash(self.access_token_hash)}...')"
        )
