"""
The v1 token storage adapters (``StorageAdapter`` and its implementations).

These store the dicts of ``OAuthTokenResponse.by_resource_server`` as they are; the
v2 storages (:mod:`globus_sdk.tokenstorage.v2`) store typed ``TokenStorageData``.
"""

from .base import FileAdapter, StorageAdapter
from .file_adapters import SimpleJSONFileAdapter
from .memory_adapter import MemoryAdapter
from .sqlite_adapter import SQLiteAdapter

__all__ = (
    "StorageAdapter",
    "FileAdapter",
    "SimpleJSONFileAdapter",
    "SQLiteAdapter",
    "MemoryAdapter",
)
