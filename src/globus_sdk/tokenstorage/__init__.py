"""
Token storage: keep the tokens of login flows and refreshes between runs.

Two generations live here:

- v1 *adapters* (:mod:`globus_sdk.tokenstorage.v1`): ``SimpleJSONFileAdapter``,
  ``SQLiteAdapter`` and ``MemoryAdapter`` store the dicts of
  ``OAuthTokenResponse.by_resource_server`` and serve as ``on_refresh`` callbacks;
- v2 *storages* (:mod:`globus_sdk.tokenstorage.v2`): ``JSONTokenStorage``,
  ``SQLiteTokenStorage`` and ``MemoryTokenStorage`` store typed ``TokenStorageData``
  under a namespace, and ``ValidatingTokenStorage`` checks data on the way in and out
  (this is what ``GlobusApp`` uses).

File-backed storages create files with mode 0600 and directories with mode 0700,
write atomically, lock against concurrent writers, and refuse to overwrite a corrupt
file.
"""

from .v1 import (
    FileAdapter,
    MemoryAdapter,
    SimpleJSONFileAdapter,
    SQLiteAdapter,
    StorageAdapter,
)
from .v2 import (
    FileTokenStorage,
    HasRefreshTokensValidator,
    JSONTokenStorage,
    MemoryTokenStorage,
    NotExpiredValidator,
    ScopeRequirementsValidator,
    SQLiteTokenStorage,
    TokenDataValidator,
    TokenStorage,
    TokenStorageData,
    TokenValidationContext,
    TokenValidationError,
    UnchangingIdentityIDValidator,
    ValidatingTokenStorage,
)

__all__ = (
    # v1
    "StorageAdapter",
    "FileAdapter",
    "SimpleJSONFileAdapter",
    "SQLiteAdapter",
    "MemoryAdapter",
    # v2
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
