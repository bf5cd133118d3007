"""
Errors raised by token data validators::

    TokenValidationError (GlobusError)
    ├── IdentityValidationError
    │   ├── IdentityMismatchError (+ ValueError)   the identity changed
    │   └── MissingIdentityError (+ LookupError)   no identity in the token data
    ├── ExpiredTokenError (+ ValueError)           an access token has expired
    ├── MissingTokenError (+ LookupError)          no (refresh) token stored
    └── UnmetScopeRequirementsError (+ ValueError) the tokens lack required scopes
"""

from __future__ import annotations

import datetime
import typing as t

from globus_sdk.exc import GlobusError

if t.TYPE_CHECKING:
    import uuid

    from globus_sdk.scopes import Scope


class TokenValidationError(GlobusError):
    """Token data failed validation."""


class IdentityValidationError(TokenValidationError):
    """The identity of token data failed validation."""


class IdentityMismatchError(IdentityValidationError, ValueError):
    """
    The identity of new token data differs from the identity of the stored data.

    :ivar stored_id: the identity ID of the stored data
    :ivar new_id: the identity ID of the new data
    """

    def __init__(
        self, message: str, stored_id: uuid.UUID | str, new_id: uuid.UUID | str
    ) -> None:
        super().__init__(message)
        self.stored_id = stored_id
        self.new_id = new_id


class MissingIdentityError(IdentityValidationError, LookupError):
    """Token data carries no identity ID (the grant lacked the ``openid`` scope)."""


class ExpiredTokenError(TokenValidationError, ValueError):
    """
    An access token has expired.

    :ivar expiration: when it expired (a timezone-aware UTC datetime)
    """

    def __init__(self, expires_at_seconds: int) -> None:
        expiration = datetime.datetime.fromtimestamp(
            expires_at_seconds, tz=datetime.timezone.utc
        )
        super().__init__(f"Token expired at {expiration.isoformat()}")
        self.expiration = expiration


class MissingTokenError(TokenValidationError, LookupError):
    """
    No token (or no refresh token) is stored for a resource server.

    :ivar resource_server: the resource server concerned
    """

    def __init__(self, message: str, resource_server: str) -> None:
        super().__init__(message)
        self.resource_server = resource_server


class UnmetScopeRequirementsError(TokenValidationError, ValueError):
    """
    Token data does not meet the required scopes.

    :ivar scope_requirements: the scope requirements, by resource server
    """

    def __init__(
        self, message: str, scope_requirements: dict[str, list[Scope]]
    ) -> None:
        super().__init__(message)
        self.scope_requirements = scope_requirements
