"""The Globus Search service: ``SearchClient`` and its query helpers."""

from .client import SearchClient
from .data import SearchQuery, SearchQueryV1, SearchScrollQuery
from .errors import SearchAPIError

__all__ = (
    "SearchAPIError",
    "SearchClient",
    "SearchQuery",
    "SearchQueryV1",
    "SearchScrollQuery",
)
