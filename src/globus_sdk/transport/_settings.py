"""The one object holding a transport's retry settings."""

from __future__ import annotations

import typing as t

from .retry import RetryCheck, RetryContext

DEFAULT_MAX_RETRIES = 5
DEFAULT_MAX_SLEEP: float = 10


def _exponential_backoff(ctx: RetryContext) -> float:
    # a check (e.g. Retry-After) may have chosen the delay already
    if ctx.backoff is not None:
        return ctx.backoff
    import random  # imported on first retry: keeps import of the SDK cheap

    # jittered exponential backoff: (0.25..0.75) * 2^attempt
    return (0.25 + 0.5 * random.random()) * (2.0**ctx.attempt)


class RetrySettings:
    """How often and how long to retry; the checks deciding whether to."""

    __slots__ = ("backoff", "max_sleep", "max_retries", "checks")

    def __init__(
        self,
        backoff: t.Callable[[RetryContext], float] = _exponential_backoff,
        max_sleep: float = DEFAULT_MAX_SLEEP,
        max_retries: int = DEFAULT_MAX_RETRIES,
        checks: list[RetryCheck] | None = None,
    ) -> None:
        self.backoff = backoff
        self.max_sleep = max_sleep
        self.max_retries = max_retries
        self.checks: list[RetryCheck] = checks if checks is not None else []
        self.validate()

    def validate(self) -> None:
        if isinstance(self.max_retries, bool) or not isinstance(self.max_retries, int):
            raise TypeError("max_retries must be an int")
        if self.max_retries < 0:
            raise ValueError(f"max_retries must be >= 0, got {self.max_retries}")
        if isinstance(self.max_sleep, bool) or not isinstance(self.max_sleep, (int, float)):
            raise TypeError("max_sleep must be a number")
        if not self.max_sleep >= 0:  # also rejects NaN
            raise ValueError(f"max_sleep must be >= 0, got {self.max_sleep}")
        if not callable(self.backoff):
            raise TypeError("retry_backoff must be callable")

    def sleep_time(self, ctx: RetryContext) -> float:
        """The delay before the next try: the backoff, capped by max_sleep, never negative."""
        try:
            delay = float(self.backoff(ctx))
        except (TypeError, ValueError, OverflowError):
            delay = self.max_sleep
        if not delay > 0:  # negative, zero or NaN
            return 0.0
        return min(delay, float(self.max_sleep))
