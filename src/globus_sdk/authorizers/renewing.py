"""
``RenewingAuthorizer``: the shared machinery of authorizers that fetch new access
tokens (expiry checks, one refresh at a time, 401 handling, ``on_refresh`` callbacks).
"""

from __future__ import annotations

import abc
import logging
import math
import threading
import time
import typing as t

from globus_sdk import exc

from ._hashing import short_hash, token_hash
from .base import GlobusAuthorizer

if t.TYPE_CHECKING:
    import globus_sdk

log = logging.getLogger(__name__)

#: a token is treated as expired this many seconds before its ``expires_at``, so that
#: it does not expire while a request is in flight
EXPIRES_ADJUST_SECONDS = 60

ResponseT = t.TypeVar("ResponseT", bound="globus_sdk.OAuthTokenResponse")


class RenewingAuthorizer(GlobusAuthorizer, t.Generic[ResponseT]):
    """
    An abstract authorizer that gets new access tokens when the current one expires
    (or is rejected with a 401), and sends ``Bearer <access_token>``.

    It may be given an initial access token, but then it must also be given that
    token's ``expires_at``; with neither, the first call to
    :meth:`get_authorization_header` fetches a token. A token counts as expired
    ``EXPIRES_ADJUST_SECONDS`` (60) seconds before its ``expires_at``.

    Subclasses implement ``_get_token_response()`` (one token request) and may
    override ``_extract_token_data(response)`` (pick the token data out of the
    response; the default expects exactly one resource server).

    Thread safety: one authorizer may be shared by many threads. At most one token
    request is in flight at a time; threads that find the token expired while a
    refresh is running wait for it and use its result.

    :param access_token: initial access token to use; requires ``expires_at``
    :param expires_at: expiration time of ``access_token`` as a POSIX timestamp
        (seconds since the epoch); requires ``access_token``
    :param on_refresh: a callback invoked with the token response each time this
        authorizer fetches a new access token (for example to store the new tokens).
        It runs after the authorizer has adopted the new token, its expiry and any
        rotated refresh token, all together. If it raises, the exception propagates to
        the caller that triggered the refresh and the authorizer keeps the new token
        (a rotated refresh token may have revoked the old one, so going back is not
        an option); the callback is not called again for that token.
    """

    def __init__(
        self,
        access_token: str | None = None,
        expires_at: int | None = None,
        on_refresh: None | t.Callable[[ResponseT], t.Any] = None,
    ) -> None:
        if (access_token is None) != (expires_at is None):
            raise exc.GlobusSDKUsageError(
                f"A {type(self).__name__} cannot be initialized with only one of "
                "access_token and expires_at. Either provide both or neither."
            )
        # reentrant, so that on_refresh may use the authorizer
        self._lock = threading.RLock()
        # bumped whenever the token changes; lets a 401 on an already-replaced token
        # skip a second refresh
        self._token_generation = 0
        self._thread_state = threading.local()
        self._access_token: str | None = None
        self._access_token_hash: str | None = None

        self.access_token = access_token
        self.expires_at = expires_at
        self.on_refresh = on_refresh

        if access_token is not None:
            log.debug(
                "%s will start with access_token_hash=%s...",
                type(self).__name__,
                short_hash(self._access_token_hash),
            )
        else:
            log.debug(
                "%s created without an access token; one will be fetched on first use",
                type(self).__name__,
            )

    @property
    def access_token(self) -> str | None:
        """The current access token, or ``None`` if there is none yet."""
        return self._access_token

    @access_token.setter
    def access_token(self, value: str | None) -> None:
        with self._lock:
            self._access_token = value
            self._access_token_hash = None if value is None else token_hash(value)
            self._token_generation += 1

    # ---- subclass hooks

    @abc.abstractmethod
    def _get_token_response(self) -> ResponseT:
        """Make the token request for this authorization type; return its response."""

    def _extract_token_data(self, res: ResponseT) -> dict[str, t.Any]:
        """
        Return the token data (``access_token``, ``expires_at_seconds``, ...) of a
        token response, which must hold exactly one resource server's tokens.
        This must not change the authorizer: the new state is applied afterwards, all
        at once, by ``_apply_token_data``.
        """
        token_data_list = list(res.by_resource_server.values())
        if len(token_data_list) != 1:
            raise ValueError(
                f"Attempting a token refresh for {type(self).__name__} "
                f"didn't return exactly one token (got {len(token_data_list)}). "
                "Possible service error, or scopes for more than one resource server."
            )
        return dict(token_data_list[0])

    def _apply_token_data(self, token_data: dict[str, t.Any]) -> None:
        """Adopt validated token data (called with the lock held)."""
        self.access_token = token_data["access_token"]
        self.expires_at = int(token_data["expires_at_seconds"])

    # ---- token lifecycle

    def _token_is_valid(self) -> bool:
        return (
            self._access_token is not None
            and self.expires_at is not None
            and time.time() < self.expires_at - EXPIRES_ADJUST_SECONDS
        )

    def _get_new_access_token(self) -> None:
        """Fetch a new access token now, adopt it, then call ``on_refresh``."""
        with self._lock:
            log.debug("%s is fetching a new access token", type(self).__name__)
            res = self._get_token_response()
            token_data = self._extract_token_data(res)
            _validate_token_data(token_data)
            self._apply_token_data(token_data)
            log.info(
                "%s got a new access token (access_token_hash=%s..., expires_at=%s)",
                type(self).__name__,
                short_hash(self._access_token_hash),
                self.expires_at,
            )
            if self.on_refresh is not None:
                self.on_refresh(res)

    def ensure_valid_token(self) -> None:
        """
        Fetch a new access token if there is none, or if the current one expires
        within ``EXPIRES_ADJUST_SECONDS``.
        """
        with self._lock:
            if not self._token_is_valid():
                self._get_new_access_token()

    def get_authorization_header(self) -> str:
        """Get a new access token if needed, and return ``"Bearer <access_token>"``."""
        with self._lock:
            self.ensure_valid_token()
            token = self._access_token
            self._thread_state.generation = self._token_generation
        return f"Bearer {token}"

    def handle_missing_authorization(self) -> bool:
        """
        Respond to a 401 by discarding the current access token, so that the next
        :meth:`get_authorization_header` fetches a new one; return ``True`` (the
        request may be retried).

        If another thread already replaced the token this thread was given, the
        current token is kept: retrying with it needs no new refresh.
        """
        with self._lock:
            seen = getattr(self._thread_state, "generation", None)
            if seen is None or seen == self._token_generation:
                log.debug(
                    "%s discards access_token_hash=%s... after a 401",
                    type(self).__name__,
                    short_hash(self._access_token_hash),
                )
                self.access_token = None
                self.expires_at = None
        return True

    # ---- safe rendering and copying

    def __repr__(self) -> str:
        token_repr = (
            "None"
            if self._access_token_hash is None
            else f"'{short_hash(self._access_token_hash)}...'"
        )
        return (
            f"{type(self).__name__}(access_token_hash={token_repr}, "
            f"expires_at={self.expires_at!r})"
        )

    def __getstate__(self) -> dict[str, t.Any]:
        state = self.__dict__.copy()
        del state["_lock"], state["_thread_state"]
        return state

    def __setstate__(self, state: dict[str, t.Any]) -> None:
        self.__dict__.update(state)
        self._lock = threading.RLock()
        self._thread_state = threading.local()


def _validate_token_data(token_data: dict[str, t.Any]) -> None:
    access_token = token_data.get("access_token")
    expires_at = token_data.get("expires_at_seconds")
    if not isinstance(access_token, str) or not access_token:
        raise ValueError("The token response holds no usable 'access_token'.")
    if (
        not isinstance(expires_at, (int, float))
        or isinstance(expires_at, bool)
        or not math.isfinite(expires_at)
    ):
        raise ValueError("The token response holds no usable 'expires_at_seconds'.")
    refresh_token = token_data.get("refresh_token")
    if refresh_token is not None and not isinstance(refresh_token, str):
        raise ValueError("The token response holds a malformed 'refresh_token'.")
