"""
Deprecated: the login flow managers moved to :mod:`globus_sdk.login_flows`.

The names of this module are aliases of the :mod:`globus_sdk.login_flows` objects;
looking one up emits a ``RemovedInV4Warning``.
"""

from __future__ import annotations

import typing as t

__all__ = (
    "LoginFlowManager",
    "CommandLineLoginFlowManager",
    "LocalServerLoginFlowManager",
)

if t.TYPE_CHECKING:
    from globus_sdk.login_flows import (
        CommandLineLoginFlowManager,
        LocalServerLoginFlowManager,
        LoginFlowManager,
    )
else:

    def __getattr__(name: str) -> t.Any:
        if name not in __all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

        import globus_sdk.login_flows
        from globus_sdk.exc import warn_deprecated

        warn_deprecated(
            f"'{__name__}.{name}' is deprecated; use 'globus_sdk.login_flows.{name}' "
            "instead."
        )
        return getattr(globus_sdk.login_flows, name)

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
