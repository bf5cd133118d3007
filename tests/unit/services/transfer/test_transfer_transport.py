"""The Transfer transport's retry policy, checked without HTTP."""

from __future__ import annotations

import json

import pytest
import requests

from globus_sdk.services.transfer.transport import (
    TransferRequestsTransport,
    is_non_retryable_code,
)
from globus_sdk.transport import (
    RequestsTransport,
    RetryCheckResult,
    RetryCheckRunner,
    RetryContext,
)


def _response(status: int, body: bytes) -> requests.Response:
    r = requests.Response()
    r.status_code = status
    r._content = body
    return r


def _ctx(status: int, body) -> RetryContext:
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    return RetryContext(0, response=_response(status, raw))


@pytest.fixture
def transport() -> TransferRequestsTransport:
    return TransferRequestsTransport()


@pytest.mark.parametrize("status", [500, 502, 503, 504])
@pytest.mark.parametrize(
    "code", ["EndpointError", "ExternalError", "ExternalError.DirListingFailed.NotFound"]
)
def test_endpoint_errors_not_retried(transport, status, code):
    ctx = _ctx(status, {"code": code, "message": "x"})
    assert transport.default_check_transient_error(ctx) is RetryCheckResult.do_not_retry


@pytest.mark.parametrize("status", [500, 502, 503, 504])
@pytest.mark.parametrize(
    "body",
    [
        {"code": "ServiceUnavailable"},
        {"code": "EndpointErrorish"},  # not the code nor a dotted sub-code
        {"code": None},
        {"code": 502},
        {"message": "no code"},
        ["EndpointError"],
        "EndpointError",
        b"<html>EndpointError</html>",
        b"",
    ],
)
def test_other_5xx_are_retried(transport, status, body):
    ctx = _ctx(status, body)
    assert transport.default_check_transient_error(ctx) is RetryCheckResult.do_retry


def test_429_with_endpoint_error_code_still_retried(transport):
    # rate limiting is transient whatever the body says
    ctx = _ctx(429, {"code": "EndpointError"})
    assert transport.default_check_transient_error(ctx) is RetryCheckResult.do_retry


@pytest.mark.parametrize("status", [200, 400, 404])
def test_non_transient_statuses_no_decision(transport, status):
    ctx = _ctx(status, {"code": "EndpointError"})
    assert transport.default_check_transient_error(ctx) is RetryCheckResult.no_decision


def test_exception_context_no_decision(transport):
    ctx = RetryContext(0, exception=requests.ConnectionError("boom"))
    assert transport.default_check_transient_error(ctx) is RetryCheckResult.no_decision


def test_registered_checks_use_the_override(transport):
    ctx = _ctx(502, {"code": "EndpointError"})
    # the override is what the transport registered (its checks are bound methods)
    assert RetryCheckRunner(transport.retry_checks).should_retry(ctx) is False
    assert RetryCheckRunner(RequestsTransport().retry_checks).should_retry(ctx) is True


@pytest.mark.parametrize(
    "code, expect",
    [
        ("EndpointError", True),
        ("ExternalError", True),
        ("ExternalError.Foo", True),
        ("EndpointError.Foo.Bar", True),
        ("ExternalErrors", False),
        ("ClientError.EndpointError", False),
        ("", False),
        (None, False),
    ],
)
def test_is_non_retryable_code(code, expect):
    assert is_non_retryable_code(code) is expect
