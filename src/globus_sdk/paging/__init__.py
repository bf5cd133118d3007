"""Paginators: iterate over every page (or item) of a paginated API call."""

from .base import PaginationError, Paginator, has_paginator
from .last_key import LastKeyPaginator
from .limit_offset import HasNextPaginator, LimitOffsetTotalPaginator
from .marker import MarkerPaginator, NullableMarkerPaginator
from .next_token import NextTokenPaginator
from .table import PaginatorTable

__all__ = (
    "Paginator",
    "PaginatorTable",
    "has_paginator",
    "MarkerPaginator",
    "NullableMarkerPaginator",
    "NextTokenPaginator",
    "LastKeyPaginator",
    "HasNextPaginator",
    "LimitOffsetTotalPaginator",
    "PaginationError",
)
