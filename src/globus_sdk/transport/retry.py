"""
Retry checks: pure functions of a :class:`RetryContext` that say "retry", "don't retry"
or "no decision". Only the transport's loop sleeps.
"""

from __future__ import annotations

import enum
import typing as t

if t.TYPE_CHECKING:
    import requests

    from globus_sdk.authorizers import GlobusAuthorizer

C = t.TypeVar("C", bound=t.Callable[..., t.Any])


class RetryContext:
    """What a retry check sees: the attempt number and the response or the exception."""

    def __init__(
        self,
        attempt: int,
        *,
        authorizer: GlobusAuthorizer | None = None,
        response: requests.Response | None = None,
        exception: Exception | None = None,
    ) -> None:
        #: 0 for the first try, 1 for the first retry, ...
        self.attempt = attempt
        self.authorizer = authorizer
        self.response = response
        self.exception = exception
        #: a check may set this (seconds) to override the backoff before the next try
        self.backoff: float | None = None


class RetryCheckResult(enum.Enum):
    #: retry the request
    do_retry = enum.auto()
    #: stop and return/raise what we have
    do_not_retry = enum.auto()
    #: let the next check decide
    no_decision = enum.auto()


class RetryCheckFlags(enum.Flag):
    #: no flags
    NONE = enum.auto()
    #: run this check at most once per request (it decides only once)
    RUN_ONCE = enum.auto()


RetryCheck = t.Callable[[RetryContext], RetryCheckResult]


def set_retry_check_flags(flag: RetryCheckFlags) -> t.Callable[[C], C]:
    """Decorator: attach ``flag`` to a retry check."""

    def decorator(func: C) -> C:
        func._retry_check_flags = flag  # type: ignore[attr-defined]
        return func

    return decorator


def _flags_of(check: RetryCheck) -> RetryCheckFlags:
    flags = getattr(check, "_retry_check_flags", None)
    return flags if isinstance(flags, RetryCheckFlags) else RetryCheckFlags.NONE


class RetryCheckRunner:
    """
    Runs checks in order for one request; the first ``do_retry``/``do_not_retry`` wins,
    and no decision means "don't retry". A ``RUN_ONCE`` check that decided is skipped for
    the rest of the request.
    """

    def __init__(self, checks: list[RetryCheck]) -> None:
        self._checks = list(checks)
        self._decided_once: set[int] = set()

    def should_retry(self, context: RetryContext) -> bool:
        for index, check in enumerate(self._checks):
            run_once = RetryCheckFlags.RUN_ONCE in _flags_of(check)
            if run_once and index in self._decided_once:
                continue
            result = check(context)
            if result is RetryCheckResult.no_decision:
                continue
            if run_once:
                self._decided_once.add(index)
            return result is RetryCheckResult.do_retry
        return False
