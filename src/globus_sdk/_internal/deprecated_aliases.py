"""Modules kept under old names: every lookup of a name warns and returns the new object."""

from __future__ import annotations

import importlib
import typing as t


def deprecated_module_aliases(
    module_name: str, target_module: str, names: t.Mapping[str, str]
) -> tuple[t.Callable[[str], t.Any], t.Callable[[], list[str]]]:
    """
    ``__getattr__`` and ``__dir__`` for a deprecated alias module: looking up an old
    name (a key of ``names``) emits a ``RemovedInV4Warning`` and returns
    ``target_module``'s object of the new name (its value). Nothing is cached, so every
    lookup warns.
    """

    def __getattr__(name: str) -> t.Any:
        new_name = names.get(name)
        if new_name is None:
            raise AttributeError(f"module {module_name!r} has no attribute {name!r}")
        from globus_sdk.exc import warn_deprecated

        warn_deprecated(
            f"'{module_name}.{name}' is deprecated; use '{target_module}.{new_name}' "
            "instead."
        )
        return getattr(importlib.import_module(target_module), new_name)

    def __dir__() -> list[str]:
        return sorted(names)

    return __getattr__, __dir__
