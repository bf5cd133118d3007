from __future__ import annotations

import warnings


class RemovedInV4Warning(DeprecationWarning):
    """A feature that will be removed in globus-sdk 4.0 was used."""


def warn_deprecated(message: str, stacklevel: int = 2) -> None:
    """Emit a :class:`RemovedInV4Warning` pointing at the caller's caller."""
    warnings.warn(message, RemovedInV4Warning, stacklevel=stacklevel + 1)
