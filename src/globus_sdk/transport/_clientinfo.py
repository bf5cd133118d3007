"""The ``X-Globus-Client-Info`` header: which products (and versions) sent a request."""

from __future__ import annotations

import typing as t

from globus_sdk.version import __version__

_RESERVED = (",", ";", "=")


class GlobusClientInfo:
    """
    A list of product infos rendered as ``product=python-sdk,version=3.62.0;product=...``.

    Each info is a string ``k=v,k=v`` or a dict; ``,`` ``;`` and ``=`` are not allowed
    inside keys or values. ``update_callback`` is called after every change.
    """

    def __init__(
        self, *, update_callback: t.Callable[[GlobusClientInfo], None] | None = None
    ) -> None:
        self.infos: list[str] = []
        self.update_callback = update_callback
        self.add({"product": "python-sdk", "version": __version__})

    def __bool__(self) -> bool:
        return bool(self.infos)

    def add(self, value: str | dict[str, str]) -> None:
        """Add one product info (a ``k=v,...`` string or a dict of strings)."""
        if isinstance(value, dict):
            for k, v in value.items():
                for part, label in ((k, "key"), (v, "value")):
                    if not isinstance(part, str):
                        raise TypeError(f"client info {label} must be a str: {part!r}")
                    if any(c in part for c in _RESERVED):
                        raise ValueError(
                            f"client info {label} {part!r} may not contain ',', ';' or '='"
                        )
            value = ",".join(f"{k}={v}" for k, v in value.items())
        elif not isinstance(value, str):
            raise TypeError(f"client info must be a str or dict, not {type(value).__name__}")
        elif ";" in value:
            raise ValueError("a client info string may not contain ';'")
        self.infos.append(value)
        self._changed()

    def clear(self) -> None:
        """Remove every info (the header is then omitted)."""
        self.infos.clear()
        self._changed()

    def format(self) -> str:
        """The header value."""
        return ";".join(self.infos)

    def _changed(self) -> None:
        if self.update_callback is not None:
            self.update_callback(self)
