"""
Test helpers for code that uses the SDK: canned Globus responses for every client
method, registered on ``responses``, and helpers to inspect what was sent.

Requires the ``responses`` package (not a runtime dependency of the SDK).
"""

from .helpers import construct_error, get_last_request
from .models import RegisteredResponse, ResponseList, ResponseSet
from .registry import (
    get_response_set,
    load_response,
    load_response_set,
    register_response_set,
)

__all__ = (
    "RegisteredResponse",
    "ResponseList",
    "ResponseSet",
    "construct_error",
    "get_last_request",
    "get_response_set",
    "load_response",
    "load_response_set",
    "register_response_set",
)
