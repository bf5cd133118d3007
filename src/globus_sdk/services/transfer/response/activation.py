from __future__ import annotations

import time
import typing as t

from globus_sdk.response import GlobusHTTPResponse


class ActivationRequirementsResponse(GlobusHTTPResponse):
    """
    An endpoint's activation requirements document.

    ``expires_in`` is the number of seconds the endpoint stays activated, counted
    from when this response was received; ``-1`` means it never expires.
    """

    def __init__(self, *args: t.Any, **kwargs: t.Any) -> None:
        super().__init__(*args, **kwargs)
        # the clock starts when the document arrives; the body is parsed only on use
        self._received_at = time.time()

    def _expires_in(self) -> int | None:
        value = self.get("expires_in")
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return None
        return int(value)

    @property
    def expires_at(self) -> int | None:
        """
        The POSIX time at which the activation expires; None if it never expires
        (or the document does not say).
        """
        expires_in = self._expires_in()
        if expires_in is None or expires_in == -1:
            return None
        return int(self._received_at + expires_in)

    @property
    def supports_auto_activation(self) -> bool:
        """True if the endpoint can be auto-activated."""
        return bool(self.get("auto_activation_supported"))

    @property
    def supports_web_activation(self) -> bool:
        """
        True if the endpoint can be activated through the web (auto-activation, an
        OAuth server, or a MyProxy requirement).
        """
        if self.supports_auto_activation or self.get("oauth_server"):
            return True
        requirements = self.get("DATA")
        if not isinstance(requirements, list):
            return False
        return any(
            isinstance(r, dict) and r.get("type") == "myproxy" for r in requirements
        )

    @property
    def always_activated(self) -> bool:
        """True if the activation never expires (``expires_in`` is ``-1``)."""
        return self._expires_in() == -1

    def active_until(self, time_seconds: int, relative_time: bool = True) -> bool:
        """
        True if the endpoint will still be active ``time_seconds`` from now (or, with
        ``relative_time=False``, at the POSIX time ``time_seconds``).
        """
        if self.always_activated:
            return True
        expires_at = self.expires_at
        if expires_at is None:
            return False
        deadline = int(time.time()) + time_seconds if relative_time else time_seconds
        return expires_at > deadline
