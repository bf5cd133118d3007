from __future__ import annotations


class GlobusError(Exception):
    """The root of every error the SDK raises on purpose."""


class GlobusSDKUsageError(GlobusError, ValueError):
    """The SDK was used wrongly (a bad argument, a missing setting); nothing was sent."""


class ValidationError(GlobusError, ValueError):
    """Input data failed the SDK's validation."""
