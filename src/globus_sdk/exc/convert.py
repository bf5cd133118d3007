from __future__ import annotations

import typing as t

from .base import GlobusError

if t.TYPE_CHECKING:
    import requests


class NetworkError(GlobusError):
    """A request failed before any usable response arrived; wraps the requests error."""

    def __init__(self, msg: str, exc: Exception, *args: t.Any, **kwargs: t.Any) -> None:
        super().__init__(msg)
        self.underlying_exception = exc


class GlobusTimeoutError(NetworkError):
    """The request timed out."""


class GlobusConnectionTimeoutError(GlobusTimeoutError):
    """The request timed out while connecting (nothing was sent)."""


class GlobusConnectionError(NetworkError):
    """A connection could not be made or was dropped."""


def convert_request_exception(exc: requests.RequestException) -> GlobusError:
    """Wrap a ``requests`` exception in the matching :class:`NetworkError` subclass."""
    import requests

    if isinstance(exc, requests.ConnectTimeout):
        return GlobusConnectionTimeoutError("ConnectTimeoutError on request", exc)
    if isinstance(exc, requests.Timeout):
        return GlobusTimeoutError("TimeoutError on request", exc)
    if isinstance(exc, requests.ConnectionError):
        return GlobusConnectionError("ConnectionError on request", exc)
    return NetworkError("NetworkError on request", exc)
