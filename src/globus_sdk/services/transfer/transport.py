"""The transport used by ``TransferClient``: Transfer-specific retry decisions, and a
JSON encoder that stays cheap for task documents of 100,000+ items."""

from __future__ import annotations

import json
import typing as t

import requests

from globus_sdk import utils
from globus_sdk.transport import RequestsTransport, RetryCheckResult, RetryContext
from globus_sdk.transport.encoders import JSONRequestEncoder, RequestEncoder
from globus_sdk.transport.encoders import _json_default as _core_json_default

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


class _ContainsMissing(Exception):
    """Raised out of ``json.dumps`` when the document holds a MISSING value."""


def _default_refusing_missing(value: t.Any) -> t.Any:
    if value is utils.MISSING:
        raise _ContainsMissing
    return _core_json_default(value)


class OptimisticJSONEncoder(JSONRequestEncoder):
    """
    The JSON encoder, with the same output, made cheap for big documents.

    The base encoder first walks the whole body to drop ``MISSING`` values, which costs
    more than the JSON encoding itself for a 100,000-item transfer. Here the body is
    encoded in one pass by ``json.dumps`` (in C); only if it meets a ``MISSING`` value
    does it fall back to the base encoder's walk-then-encode.
    """

    def encode(
        self,
        method: str,
        url: str,
        params: dict[str, t.Any] | None,
        data: t.Any,
        headers: dict[str, str],
    ) -> requests.Request:
        if isinstance(data, utils.PayloadWrapper):
            data = data.data
        if not isinstance(data, (dict, list, tuple)):
            return super().encode(method, url, params, data, headers)
        try:
            body = json.dumps(data, default=_default_refusing_missing).encode("utf-8")
        except _ContainsMissing:
            return super().encode(method, url, params, data, headers)
        return requests.Request(
            method,
            url,
            data=body,
            params=self._prepare_params(params),
            headers={"Content-Type": "application/json", **headers},
        )


class TransferRequestsTransport(RequestsTransport):
    """
    A :class:`~globus_sdk.transport.RequestsTransport` for Globus Transfer.

    It does not retry a 5xx response whose ``code`` is ``EndpointError`` or
    ``ExternalError`` (or a sub-code such as ``ExternalError.DirListingFailed``): those
    report a failure of the endpoint itself, which the same request will meet again.
    Every other retry decision is the default one. JSON bodies are encoded by
    :class:`OptimisticJSONEncoder` (same bytes, one pass).
    """

    encoders: dict[str, RequestEncoder] = {
        **RequestsTransport.encoders,
        "json": OptimisticJSONEncoder(),
    }

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
