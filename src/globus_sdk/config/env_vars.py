"""
Reading the ``GLOBUS_SDK_*`` environment variables.

An explicit argument always beats the variable; a garbage value is a ``ValueError``
naming the variable, raised when the setting is read (client construction), not later.
"""

from __future__ import annotations

import logging
import os
import pathlib

log = logging.getLogger(__name__)

ENVNAME_VAR = "GLOBUS_SDK_ENVIRONMENT"
HTTP_TIMEOUT_VAR = "GLOBUS_SDK_HTTP_TIMEOUT"
SSL_VERIFY_VAR = "GLOBUS_SDK_VERIFY_SSL"

_TRUE = frozenset({"1", "yes", "true", "t", "y", "on"})
_FALSE = frozenset({"0", "no", "false", "f", "n", "off"})
DEFAULT_HTTP_TIMEOUT = 60.0


def get_environment_name(inputenv: str | None = None) -> str:
    """The environment to use: ``inputenv`` if given, else $GLOBUS_SDK_ENVIRONMENT, else production."""
    if inputenv is not None:
        return inputenv
    return os.environ.get(ENVNAME_VAR) or "production"


def get_ssl_verify(value: bool | str | pathlib.Path | None = None) -> bool | str:
    """
    TLS verification: a bool, or a CA bundle path. ``value`` if given, else
    $GLOBUS_SDK_VERIFY_SSL (true/false-like strings, or an existing path), else True.
    """
    if value is not None:
        if isinstance(value, bool):
            return value
        if isinstance(value, (str, pathlib.Path)):
            return os.fspath(value)
        raise TypeError(f"verify_ssl must be a bool, str or Path, not {type(value).__name__}")
    raw = os.environ.get(SSL_VERIFY_VAR)
    if raw is None or raw.strip() == "":
        return True
    lowered = raw.strip().lower()
    if lowered in _TRUE:
        return True
    if lowered in _FALSE:
        return False
    if os.path.isfile(raw) or os.path.isdir(raw):
        return raw
    raise ValueError(
        f"{SSL_VERIFY_VAR}={raw!r} is neither a boolean (true/false) nor an existing "
        "CA bundle file or directory"
    )


def get_http_timeout(value: float | None = None) -> float | None:
    """
    The HTTP timeout in seconds: ``value`` if given, else $GLOBUS_SDK_HTTP_TIMEOUT, else 60.
    ``-1`` means no timeout (returns None).
    """
    if value is None:
        raw = os.environ.get(HTTP_TIMEOUT_VAR)
        if raw is None or raw.strip() == "":
            return DEFAULT_HTTP_TIMEOUT
        try:
            value = float(raw)
        except ValueError:
            raise ValueError(
                f"{HTTP_TIMEOUT_VAR}={raw!r} is not a number (seconds, or -1 for no timeout)"
            ) from None
        source = HTTP_TIMEOUT_VAR
    else:
        source = "http_timeout"
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"{source} must be a number, not {type(value).__name__}")
    if value == -1:
        return None
    if value != value or value <= 0 or value == float("inf"):  # NaN, zero, negative, inf
        raise ValueError(f"{source}={value!r} must be a positive number of seconds or -1")
    return float(value)
