"""``RequestsTransport``: sends one request (with retries) through a ``requests.Session``."""

from __future__ import annotations

import contextlib
import functools
import logging
import os
import pathlib
import time
import typing as t
import urllib.parse

from globus_sdk import config, exc, utils
from globus_sdk.exc.api import _redact_url
from globus_sdk.version import __version__

from ._clientinfo import GlobusClientInfo
from ._settings import DEFAULT_MAX_RETRIES, RetrySettings, _exponential_backoff
from .encoders import (
    FormRequestEncoder,
    JSONRequestEncoder,
    RequestEncoder,
    prepare_headers,
)
from .retry import (
    RetryCheck,
    RetryCheckFlags,
    RetryCheckResult,
    RetryCheckRunner,
    RetryContext,
    set_retry_check_flags,
)

if t.TYPE_CHECKING:
    import requests

    from globus_sdk.authorizers import GlobusAuthorizer

log = logging.getLogger(__name__)

# the environment variables that requests consults for proxies and CA bundles
_ENV_SETTING_KEYS = (
    "http_proxy", "https_proxy", "all_proxy", "no_proxy",
    "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY",
    "REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE",
)
_NETRC_LOCATIONS = ("~/.netrc", "~/_netrc")


class _RequestsErrors(t.NamedTuple):
    # raised before anything is sent, caused by the caller's input: never retried
    usage: tuple[type[Exception], ...]
    # a failed certificate check (or a redirect loop) fails the same way again
    not_retried: tuple[type[Exception], ...]


# ``requests`` is imported on first use, so that importing a client class stays cheap
@functools.cache
def _errors() -> _RequestsErrors:
    import requests

    e = requests.exceptions
    return _RequestsErrors(
        usage=(e.InvalidURL, e.MissingSchema, e.InvalidSchema, e.InvalidHeader, e.URLRequired),
        not_retried=(e.SSLError, e.TooManyRedirects, e.InvalidJSONError),
    )


def _netrc_present() -> bool:
    if os.environ.get("NETRC"):
        return True
    for loc in _NETRC_LOCATIONS:
        try:
            if os.path.exists(os.path.expanduser(loc)):
                return True
        except (KeyError, RuntimeError):  # no home directory
            continue
    return False


def _parse_retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or an HTTP-date); None if unusable."""
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        import email.utils

        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
        if when is None or when.tzinfo is None:
            return None
        seconds = when.timestamp() - time.time()
        return max(seconds, 0.0)
    if not (seconds >= 0) or seconds == float("inf"):  # negative, NaN, inf
        return None
    return seconds


class RequestsTransport:
    """
    Sends requests with a ``requests.Session``, retrying what is safe to retry.

    :param verify_ssl: verify TLS certificates (bool) or use a CA bundle (path);
        default from ``GLOBUS_SDK_VERIFY_SSL``, else True
    :param http_timeout: seconds; default from ``GLOBUS_SDK_HTTP_TIMEOUT``, else 60;
        ``-1`` for no timeout
    :param retry_backoff: a function of the :class:`RetryContext` giving the delay
    :param retry_checks: the checks to run; default: the transport's default checks
    :param max_sleep: the longest delay between tries (seconds)
    :param max_retries: the most retries after the first try (default 5)
    """

    #: the encoders by name, chosen with ``encoding=``
    encoders: dict[str, RequestEncoder] = {
        "text": RequestEncoder(),
        "json": JSONRequestEncoder(),
        "form": FormRequestEncoder(),
    }
    BASE_USER_AGENT = f"globus-sdk-py-{__version__}"
    DEFAULT_MAX_RETRIES = DEFAULT_MAX_RETRIES
    RETRY_AFTER_STATUS_CODES: tuple[int, ...] = (429, 503)
    TRANSIENT_ERROR_STATUS_CODES: tuple[int, ...] = (429, 500, 502, 503, 504)
    EXPIRED_AUTHORIZATION_STATUS_CODES: tuple[int, ...] = (401,)

    def __init__(
        self,
        verify_ssl: bool | str | pathlib.Path | None = None,
        http_timeout: float | None = None,
        retry_backoff: t.Callable[[RetryContext], float] = _exponential_backoff,
        retry_checks: list[RetryCheck] | None = None,
        max_sleep: float | int = 10,
        max_retries: int | None = None,
    ) -> None:
        self.verify_ssl = config.get_ssl_verify(verify_ssl)
        self.http_timeout = config.get_http_timeout(http_timeout)
        self._retry = RetrySettings(
            backoff=retry_backoff,
            max_sleep=max_sleep,
            max_retries=self.DEFAULT_MAX_RETRIES if max_retries is None else max_retries,
        )
        import requests

        self.session = requests.Session()
        self._user_agent = self.BASE_USER_AGENT
        self.headers: dict[str, str] = {"Accept": "application/json"}
        self.globus_client_info = GlobusClientInfo(update_callback=self._on_client_info)
        self.session.headers["User-Agent"] = self._user_agent
        # requests re-derives proxies/CA bundles from the environment and reads ~/.netrc
        # on every call; both are cached (keyed on everything they depend on)
        self._env_settings_cache: dict[tuple[t.Any, ...], dict[str, t.Any]] = {}
        self._netrc_present = _netrc_present()
        if retry_checks is None:
            self.register_default_retry_checks()
        else:
            for check in retry_checks:
                self.register_retry_check(check)

    # ---- settings (backed by one RetrySettings object)
    @property
    def retry_backoff(self) -> t.Callable[[RetryContext], float]:
        return self._retry.backoff

    @retry_backoff.setter
    def retry_backoff(self, value: t.Callable[[RetryContext], float]) -> None:
        self._retry.backoff = value
        self._retry.validate()

    @property
    def max_sleep(self) -> float:
        return self._retry.max_sleep

    @max_sleep.setter
    def max_sleep(self, value: float) -> None:
        self._retry.max_sleep = value
        self._retry.validate()

    @property
    def max_retries(self) -> int:
        return self._retry.max_retries

    @max_retries.setter
    def max_retries(self, value: int) -> None:
        self._retry.max_retries = value
        self._retry.validate()

    @property
    def retry_checks(self) -> list[RetryCheck]:
        return self._retry.checks

    @retry_checks.setter
    def retry_checks(self, value: list[RetryCheck]) -> None:
        self._retry.checks = value

    @property
    def user_agent(self) -> str:
        """The User-Agent header: ``globus-sdk-py-<version>`` plus ``/<app_name>``."""
        return self._user_agent

    @user_agent.setter
    def user_agent(self, value: str) -> None:
        self._user_agent = f"{self.BASE_USER_AGENT}/{value}"
        self.session.headers["User-Agent"] = self._user_agent

    def _on_client_info(self, info: GlobusClientInfo) -> None:
        if info:
            self.session.headers["X-Globus-Client-Info"] = info.format()
        else:
            self.session.headers.pop("X-Globus-Client-Info", None)

    @contextlib.contextmanager
    def tune(
        self,
        *,
        verify_ssl: bool | str | pathlib.Path | None = None,
        http_timeout: float | None = None,
        retry_backoff: t.Callable[[RetryContext], float] | None = None,
        max_sleep: float | int | None = None,
        max_retries: int | None = None,
    ) -> t.Iterator[None]:
        """Change settings for the duration of a ``with`` block; restored afterwards."""
        saved = (self.verify_ssl, self.http_timeout, self._retry)
        new_retry = RetrySettings(
            backoff=retry_backoff if retry_backoff is not None else self._retry.backoff,
            max_sleep=max_sleep if max_sleep is not None else self._retry.max_sleep,
            max_retries=max_retries if max_retries is not None else self._retry.max_retries,
            checks=self._retry.checks,
        )
        if verify_ssl is not None:
            self.verify_ssl = config.get_ssl_verify(verify_ssl)
        if http_timeout is not None:
            self.http_timeout = config.get_http_timeout(http_timeout)
        self._retry = new_retry
        try:
            yield
        finally:
            self.verify_ssl, self.http_timeout, self._retry = saved

    def close(self) -> None:
        """Close the session and its pooled connections."""
        self.session.close()

    # ---- retry checks
    def register_retry_check(self, func: RetryCheck) -> RetryCheck:
        """Add a check (usable as a decorator); checks run in registration order."""
        self._retry.checks.append(func)
        return func

    def register_default_retry_checks(self) -> None:
        """Register the default checks, in order: exception, Retry-After, transient, 401."""
        self.register_retry_check(self.default_check_request_exception)
        self.register_retry_check(self.default_check_retry_after_header)
        self.register_retry_check(self.default_check_transient_error)
        self.register_retry_check(self.default_check_expired_authorization)

    def default_check_request_exception(self, ctx: RetryContext) -> RetryCheckResult:
        """Retry connection errors and timeouts; never TLS failures or bad input."""
        if ctx.exception is None:
            return RetryCheckResult.no_decision
        errors = _errors()
        if isinstance(ctx.exception, errors.usage + errors.not_retried):
            return RetryCheckResult.do_not_retry
        import requests

        if isinstance(ctx.exception, requests.RequestException):
            return RetryCheckResult.do_retry
        return RetryCheckResult.no_decision

    def default_check_retry_after_header(self, ctx: RetryContext) -> RetryCheckResult:
        """On 429/503, use a valid Retry-After (seconds or HTTP-date) as the backoff."""
        if ctx.response is None or ctx.response.status_code not in self.RETRY_AFTER_STATUS_CODES:
            return RetryCheckResult.no_decision
        delay = _parse_retry_after(ctx.response.headers.get("Retry-After"))
        if delay is not None:
            ctx.backoff = delay
        return RetryCheckResult.no_decision

    def default_check_transient_error(self, ctx: RetryContext) -> RetryCheckResult:
        """Retry 429, 500, 502, 503 and 504 responses."""
        if ctx.response is not None and (
            ctx.response.status_code in self.TRANSIENT_ERROR_STATUS_CODES
        ):
            return RetryCheckResult.do_retry
        return RetryCheckResult.no_decision

    @set_retry_check_flags(RetryCheckFlags.RUN_ONCE)
    def default_check_expired_authorization(self, ctx: RetryContext) -> RetryCheckResult:
        """On a 401, let the authorizer renew its credentials, then retry once."""
        if (
            ctx.response is None
            or ctx.authorizer is None
            or ctx.response.status_code not in self.EXPIRED_AUTHORIZATION_STATUS_CODES
        ):
            return RetryCheckResult.no_decision
        if ctx.authorizer.handle_missing_authorization():
            log.debug("request got 401; the authorizer renewed its credentials, retrying")
            ctx.backoff = 0.0  # fresh credentials: nothing to wait for
            return RetryCheckResult.do_retry
        return RetryCheckResult.no_decision

    # ---- sending
    def _encode(
        self,
        method: str,
        url: str,
        query_params: dict[str, t.Any] | None,
        data: t.Any,
        headers: dict[str, str] | None,
        encoding: str | None,
    ) -> requests.PreparedRequest:
        all_headers = {**self.headers, **prepare_headers(headers)} if headers else self.headers
        if encoding is None:
            encoding = "text" if isinstance(data, (str, bytes)) else "json"
        encoder = self.encoders.get(encoding)
        if encoder is None:
            raise exc.GlobusSDKUsageError(
                f"Unknown encoding {encoding!r}; expected one of {sorted(self.encoders)}"
            )
        try:
            return self._prepare(encoder.encode(method, url, query_params, data, all_headers))
        except _errors().usage as err:
            raise exc.GlobusSDKUsageError(f"invalid request: {err}") from err

    def _prepare(self, request: requests.Request) -> requests.PreparedRequest:
        """
        ``session.prepare_request``, without its per-call cost when the session has
        nothing to merge (no cookies, session auth, params or hooks, and no netrc file).
        """
        import requests

        session = self.session
        if (
            session.cookies
            or session.auth is not None
            or session.params
            or session.hooks != requests.hooks.default_hooks()
            or (session.trust_env and self._netrc_present)
        ):
            return session.prepare_request(request)
        headers = dict(session.headers)
        for key, value in request.headers.items():
            headers[key] = value
        prepared = requests.PreparedRequest()
        prepared.prepare(
            method=request.method,
            url=request.url,
            headers={k: v for k, v in headers.items() if v is not None},
            data=request.data,
            params=request.params,
            hooks=request.hooks,
        )
        return prepared

    def _send_settings(self, url: str | None, stream: bool) -> dict[str, t.Any]:
        """``session.merge_environment_settings``, cached per origin and environment."""
        session = self.session
        parts = urllib.parse.urlsplit(url or "")
        key = (
            parts.scheme,
            parts.netloc,
            stream,
            str(self.verify_ssl),
            session.trust_env,
            tuple(sorted(session.proxies.items())),
            str(session.verify),
            str(session.cert),
            tuple(os.environ.get(k) for k in _ENV_SETTING_KEYS) if session.trust_env else (),
        )
        cached = self._env_settings_cache.get(key)
        if cached is None:
            if len(self._env_settings_cache) > 64:
                self._env_settings_cache.clear()
            cached = dict(
                session.merge_environment_settings(url, {}, stream, self.verify_ssl, None)
            )
            self._env_settings_cache[key] = cached
        return dict(cached)

    def request(
        self,
        method: str,
        url: str,
        query_params: dict[str, t.Any] | None = None,
        data: dict[str, t.Any] | list[t.Any] | utils.PayloadWrapper | str | bytes | None = None,
        headers: dict[str, str] | None = None,
        encoding: str | None = None,
        authorizer: GlobusAuthorizer | None = None,
        allow_redirects: bool = True,
        stream: bool = False,
    ) -> requests.Response:
        """
        Send one request, retrying per the retry checks, and return the final response
        (whatever its status). Raises a :class:`~globus_sdk.NetworkError` subclass when no
        response could be had, or :class:`~globus_sdk.GlobusSDKUsageError` for bad input.
        """
        import requests

        prepared = self._encode(method, url, query_params, data, headers, encoding)
        settings = self._retry
        runner = RetryCheckRunner(settings.checks)
        send_kwargs = self._send_settings(prepared.url, stream)
        send_kwargs["timeout"] = self.http_timeout
        send_kwargs["allow_redirects"] = allow_redirects

        attempt = 0
        while True:
            # each attempt sends its own copy, so what was sent stays as it was sent
            attempt_request = prepared.copy() if attempt else prepared
            if authorizer is not None:
                header = authorizer.get_authorization_header()
                if header is None:
                    attempt_request.headers.pop("Authorization", None)
                else:
                    attempt_request.headers["Authorization"] = header
            if log.isEnabledFor(logging.DEBUG):
                log.debug("request %s %s (attempt %d)", method, _redact_url(prepared.url), attempt)
            try:
                response = self.session.send(attempt_request, **send_kwargs)
            except requests.RequestException as err:
                ctx = RetryContext(attempt, authorizer=authorizer, exception=err)
                if isinstance(err, _errors().usage):
                    raise exc.GlobusSDKUsageError(f"invalid request: {err}") from err
                if attempt >= settings.max_retries or not runner.should_retry(ctx):
                    log.debug("request failed with %s; not retrying", type(err).__name__)
                    raise exc.convert_request_exception(err) from err
            else:
                ctx = RetryContext(attempt, authorizer=authorizer, response=response)
                if attempt >= settings.max_retries or not runner.should_retry(ctx):
                    log.debug("request done: %s", response.status_code)
                    return response
                # free the connection before sleeping and retrying
                response.close()
            delay = settings.sleep_time(ctx)
            log.debug("retrying after %.3fs", delay)
            time.sleep(delay)
            attempt += 1
