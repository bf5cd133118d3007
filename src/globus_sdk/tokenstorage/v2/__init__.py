"""
The v2 token storages: typed :class:`TokenStorageData` records per resource server,
partitioned by namespace, kept in memory, a JSON file or a SQLite database.
"""

from .base import FileTokenStorage, TokenStorage
from .json import JSONTokenStorage
from .memory import MemoryTokenStorage
from .sqlite import SQLiteTokenStorage
from .token_data import TokenStorageData
from .validating_token_storage import (
    HasRefreshTokensValidator,
    NotExpiredValidator,
    ScopeRequirementsValidator,
    TokenDataValidator,
    TokenValidationContext,
    TokenValidationError,
    UnchangingIdentityIDValidator,
    ValidatingTokenStorage,
)

__all__ = (
    "TokenStorage",
    "TokenStorageData",
    "FileTokenStorage",
    "JSONTokenStorage",
    "SQLiteTokenStorage",
    "MemoryTokenStorage",
    "ValidatingTokenStorage",
    "TokenValidationContext",
    "TokenDataValidator",
    "HasRefreshTokensValidator",
    "NotExpiredValidator",
    "ScopeRequirementsValidator",
    "UnchangingIdentityIDValidator",
    "TokenValidationError",
)
