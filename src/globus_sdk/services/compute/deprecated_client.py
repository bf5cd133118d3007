"""
``ComputeClient``: the old name of :class:`ComputeClientV2`. Importing it emits a
``RemovedInV4Warning``.
"""

from __future__ import annotations

import typing as t

from globus_sdk import exc

from .client import ComputeClientV2

__all__ = ("ComputeClient",)  # noqa: F822 (provided by __getattr__)

# the class is built on first access so that every access, not only the first,
# goes through __getattr__ and warns
_compute_client_class: type[ComputeClientV2] | None = None


def __getattr__(name: str) -> t.Any:
    global _compute_client_class

    if name != "ComputeClient":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    exc.warn_deprecated(
        "'ComputeClient' is deprecated; use 'ComputeClientV2' (the same client) "
        "or 'ComputeClientV3'."
    )
    if _compute_client_class is None:

        class ComputeClient(ComputeClientV2):
            """Deprecated: use :class:`ComputeClientV2`, of which this is an alias."""

        _compute_client_class = ComputeClient
    return _compute_client_class
