"""
Deprecated: the login flow managers moved to :mod:`globus_sdk.login_flows`.

The names of this module are aliases of the :mod:`globus_sdk.login_flows` objects;
looking one up emits a ``RemovedInV4Warning``.
"""

from __future__ import annotations

import typing as t

from globus_sdk._internal.deprecated_aliases import deprecated_module_aliases

if t.TYPE_CHECKING:
    from globus_sdk.login_flows import (
        CommandLineLoginFlowManager,
        LocalServerLoginFlowManager,
        LoginFlowManager,
    )

__all__ = (
    "LoginFlowManager",
    "CommandLineLoginFlowManager",
    "LocalServerLoginFlowManager",
)

__getattr__, __dir__ = deprecated_module_aliases(
    __name__, "globus_sdk.login_flows", {name: name for name in __all__}
)
