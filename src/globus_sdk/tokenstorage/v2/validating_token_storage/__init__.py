"""A token storage wrapper that validates token data, with its validators and errors."""

from .context import TokenValidationContext
from .errors import (
    ExpiredTokenError,
    IdentityMismatchError,
    IdentityValidationError,
    MissingIdentityError,
    MissingTokenError,
    TokenValidationError,
    UnmetScopeRequirementsError,
)
from .storage import ValidatingTokenStorage
from .validators import (
    HasRefreshTokensValidator,
    NotExpiredValidator,
    ScopeRequirementsValidator,
    TokenDataValidator,
    UnchangingIdentityIDValidator,
)

__all__ = (
    "ValidatingTokenStorage",
    "TokenValidationContext",
    "TokenDataValidator",
    "HasRefreshTokensValidator",
    "NotExpiredValidator",
    "ScopeRequirementsValidator",
    "UnchangingIdentityIDValidator",
    "TokenValidationError",
    "IdentityValidationError",
    "IdentityMismatchError",
    "MissingIdentityError",
    "ExpiredTokenError",
    "MissingTokenError",
    "UnmetScopeRequirementsError",
)
