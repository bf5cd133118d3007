"""Retry checks are pure functions of a RetryContext; no HTTP here."""

from __future__ import annotations

import email.utils
import time
import typing as t

import pytest
import requests
from hypothesis import given
from hypothesis import strategies as st

from globus_sdk.transport import (
    RequestsTransport,
    RetryCheckFlags,
    RetryCheckResult,
    RetryCheckRunner,
    RetryContext,
    set_retry_check_flags,
)
from globus_sdk.transport._settings import RetrySettings, _exponential_backoff
from globus_sdk.transport.requests import _parse_retry_after


def response(status: int, headers: dict[str, str] | None = None) -> requests.Response:
    r = requests.Response()
    r.status_code = status
    r.headers.update(headers or {})
    return r


@pytest.fixture
def transport() -> RequestsTransport:
    return RequestsTransport()


def test_default_check_order(transport: RequestsTransport) -> None:
    assert [c.__name__ for c in transport.retry_checks] == [
        "default_check_request_exception",
        "default_check_retry_after_header",
        "default_check_transient_error",
        "default_check_expired_authorization",
    ]


@pytest.mark.parametrize("status", [429, 500, 502, 503, 504])
def test_transient_statuses_retry(transport: RequestsTransport, status: int) -> None:
    ctx = RetryContext(0, response=response(status))
    assert transport.default_check_transient_error(ctx) is RetryCheckResult.do_retry


@pytest.mark.parametrize("status", [200, 400, 401, 403, 404, 409, 501])
def test_other_statuses_do_not_decide(transport: RequestsTransport, status: int) -> None:
    ctx = RetryContext(0, response=response(status))
    assert transport.default_check_transient_error(ctx) is RetryCheckResult.no_decision


@pytest.mark.parametrize(
    ("exc", "expect"),
    [
        (requests.ConnectionError("refused"), RetryCheckResult.do_retry),
        (requests.ReadTimeout("slow"), RetryCheckResult.do_retry),
        (requests.exceptions.SSLError("bad cert"), RetryCheckResult.do_not_retry),
        (requests.exceptions.InvalidURL("bad url"), RetryCheckResult.do_not_retry),
        (requests.exceptions.InvalidHeader("bad header"), RetryCheckResult.do_not_retry),
        (ValueError("not a requests error"), RetryCheckResult.no_decision),
    ],
)
def test_request_exception_check(
    transport: RequestsTransport, exc: Exception, expect: RetryCheckResult
) -> None:
    ctx = RetryContext(0, exception=exc)
    assert transport.default_check_request_exception(ctx) is expect


def test_retry_after_sets_backoff(transport: RequestsTransport) -> None:
    ctx = RetryContext(0, response=response(429, {"Retry-After": "7"}))
    assert transport.default_check_retry_after_header(ctx) is RetryCheckResult.no_decision
    assert ctx.backoff == 7.0
    ctx = RetryContext(0, response=response(500, {"Retry-After": "7"}))
    transport.default_check_retry_after_header(ctx)
    assert ctx.backoff is None  # only for 429 and 503


@pytest.mark.parametrize("value", ["-1", "nan", "inf", "soon", "", "Wed, 99 Foo 2015", "1e400"])
def test_bad_retry_after_ignored(value: str) -> None:
    assert _parse_retry_after(value) is None


def test_retry_after_http_date_in_future() -> None:
    when = email.utils.formatdate(time.time() + 30, usegmt=True)
    parsed = _parse_retry_after(when)
    assert parsed is not None and 25 <= parsed <= 31


@given(st.text(max_size=40))
def test_retry_after_never_negative(value: str) -> None:
    parsed = _parse_retry_after(value)
    assert parsed is None or parsed >= 0


def test_expired_authorization_check_runs_once(transport: RequestsTransport) -> None:
    class Authz:
        calls = 0

        def handle_missing_authorization(self) -> bool:
            self.calls += 1
            return True

    authz = Authz()
    runner = RetryCheckRunner(transport.retry_checks)
    ctx = RetryContext(0, response=response(401), authorizer=authz)  # type: ignore[arg-type]
    assert runner.should_retry(ctx) is True
    ctx = RetryContext(1, response=response(401), authorizer=authz)  # type: ignore[arg-type]
    assert runner.should_retry(ctx) is False
    assert authz.calls == 1


def test_runner_first_decision_wins() -> None:
    seen: list[str] = []

    def a(ctx: RetryContext) -> RetryCheckResult:
        seen.append("a")
        return RetryCheckResult.no_decision

    def b(ctx: RetryContext) -> RetryCheckResult:
        seen.append("b")
        return RetryCheckResult.do_not_retry

    def c(ctx: RetryContext) -> RetryCheckResult:  # pragma: no cover - never reached
        seen.append("c")
        return RetryCheckResult.do_retry

    assert RetryCheckRunner([a, b, c]).should_retry(RetryContext(0)) is False
    assert seen == ["a", "b"]
    assert RetryCheckRunner([a]).should_retry(RetryContext(0)) is False


def test_set_retry_check_flags() -> None:
    @set_retry_check_flags(RetryCheckFlags.RUN_ONCE)
    def check(ctx: RetryContext) -> RetryCheckResult:
        return RetryCheckResult.do_retry

    runner = RetryCheckRunner([check])
    assert runner.should_retry(RetryContext(0)) is True
    assert runner.should_retry(RetryContext(1)) is False


@pytest.mark.parametrize("attempt", range(6))
def test_backoff_range(attempt: int) -> None:
    for _ in range(50):
        delay = _exponential_backoff(RetryContext(attempt))
        assert 0.25 * 2**attempt <= delay <= 0.75 * 2**attempt


def test_sleep_time_capped_and_never_negative() -> None:
    settings = RetrySettings(max_sleep=10)
    ctx = RetryContext(10)
    assert settings.sleep_time(ctx) == 10
    settings = RetrySettings(backoff=lambda ctx: -5.0)
    assert settings.sleep_time(ctx) == 0.0
    settings = RetrySettings(backoff=lambda ctx: float("nan"))
    assert settings.sleep_time(ctx) == 0.0


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"max_retries": -1}, ValueError),
        ({"max_retries": 1.5}, TypeError),
        ({"max_sleep": -1}, ValueError),
        ({"retry_backoff": "fast"}, TypeError),
    ],
)
def test_bad_transport_settings_rejected(kwargs: dict[str, t.Any], error: type[Exception]) -> None:
    with pytest.raises(error):
        RequestsTransport(**kwargs)


def test_user_agent_and_client_info() -> None:
    transport = RequestsTransport()
    assert transport.user_agent == transport.BASE_USER_AGENT == "globus-sdk-py-3.62.0"
    transport.user_agent = "my-app"
    assert transport.session.headers["User-Agent"] == "globus-sdk-py-3.62.0/my-app"
    transport.globus_client_info.add({"product": "cli", "version": "1.0"})
    assert transport.session.headers["X-Globus-Client-Info"] == (
        "product=python-sdk,version=3.62.0;product=cli,version=1.0"
    )
    with pytest.raises(ValueError, match="may not contain"):
        transport.globus_client_info.add({"product": "a;b"})
    transport.globus_client_info.clear()
    assert "X-Globus-Client-Info" not in transport.session.headers
    transport.close()
