"""The transport used by ``TransferClient``: Transfer-specific retry decisions."""

from __future__ import annotations

import json
import typing as t

from globus_sdk.transport import RequestsTransport, RetryCheckResult, RetryContext

if t.TYPE_CHECKING:
    import requests

#: error codes (and their dotted sub-codes) that a retry cannot fix: the failure is
#: on the endpoint or another external system, and Transfer has already retried it
NON_RETRYABLE_CODES: tuple[str, ...] = ("EndpointError", "ExternalError")


def _error_code(response: requests.Response) -> str | None:
    """The ``code`` of a JSON error document, or None for any other body."""
    try:
        body = json.loads(response.content)
    except (ValueError, TypeError):
        return None
    if not isinstance(body, dict):
        return None
    code = body.get("code")
    return code if isinstance(code, str) else None


def is_non_retryable_code(code: str | None) -> bool:
    """True for ``EndpointError``/``ExternalError`` and their dotted sub-codes."""
    if code is None:
        return False
    return any(code == c or code.startswith(c + ".") for c in NON_RETRYABLE_CODES)


class TransferRequestsTransport(RequestsTransport):
    """
    A :class:`~globus_sdk.transport.RequestsTransport` for Globus Transfer.

    It does not retry a 5xx response whose ``code`` is ``EndpointError`` or
    ``ExternalError`` (or a sub-code such as ``ExternalError.DirListingFailed``): those
    report a failure of the endpoint itself, which the same request will meet again.
    Every other retry decision is the default one.
    """

    def default_check_transient_error(self, ctx: RetryContext) -> RetryCheckResult:
        response = ctx.response
        if (
            response is not None
            and 500 <= response.status_code < 600
            and response.status_code in self.TRANSIENT_ERROR_STATUS_CODES
            and is_non_retryable_code(_error_code(response))
        ):
            return RetryCheckResult.do_not_retry
        return super().default_check_transient_error(ctx)
