"""Sending requests: the requests-based transport, request encoders and retry checks."""

from ._clientinfo import GlobusClientInfo
from .encoders import FormRequestEncoder, JSONRequestEncoder, RequestEncoder
from .requests import RequestsTransport
from .retry import (
    RetryCheck,
    RetryCheckFlags,
    RetryCheckResult,
    RetryCheckRunner,
    RetryContext,
    set_retry_check_flags,
)

__all__ = (
    "RequestsTransport",
    "RetryCheck",
    "RetryCheckFlags",
    "RetryCheckResult",
    "RetryCheckRunner",
    "set_retry_check_flags",
    "RetryContext",
    "RequestEncoder",
    "JSONRequestEncoder",
    "FormRequestEncoder",
    "GlobusClientInfo",
)
