"""
``Serializable``: a base for small data classes that round-trip through dicts,
keeping the fields they do not know in ``extra``.

The fields of a class are the parameters of its ``__init__`` (other than ``extra``).
"""

from __future__ import annotations

import inspect
import typing as t

from globus_sdk.exc import ValidationError

if t.TYPE_CHECKING:
    from typing_extensions import Self


class Serializable:
    extra: dict[str, t.Any]

    @classmethod
    def _supported_fields(cls) -> list[str]:
        return list(_init_fields(cls))

    @classmethod
    def from_dict(cls, data: dict[str, t.Any]) -> Self:
        """
        Instantiate from a dictionary. Keys that are not fields of the class are kept
        in ``extra``; a missing field is passed as ``None``.

        :param data: the dictionary to load
        :raises ValidationError: if ``data`` is not a dict or a field is invalid
        """
        if not isinstance(data, dict):
            raise ValidationError(
                f"{cls.__name__}.from_dict() requires a dict, not {type(data).__name__}"
            )
        fields = cls._supported_fields()
        kwargs: dict[str, t.Any] = {name: data.get(name) for name in fields}
        kwargs["extra"] = {k: v for k, v in data.items() if k not in fields}
        return cls(**kwargs)

    def to_dict(self, include_extra: bool = False) -> dict[str, t.Any]:
        """
        Render to a dictionary. Fields whose value is ``None`` are omitted.

        :param include_extra: whether to include the ``extra`` (non-standard) fields;
            a known field always wins over an ``extra`` key of the same name
        """
        result: dict[str, t.Any] = {}
        if include_extra:
            result.update(self.extra)
        for name in self._supported_fields():
            value = getattr(self, name)
            if value is None:
                continue
            if isinstance(value, Serializable):
                value = value.to_dict(include_extra=include_extra)
            elif isinstance(value, list):
                value = list(value)
            result[name] = value
        return result


_FIELDS_BY_CLASS: dict[type, tuple[str, ...]] = {}


def _init_fields(cls: type[Serializable]) -> tuple[str, ...]:
    fields = _FIELDS_BY_CLASS.get(cls)
    if fields is None:
        signature = inspect.signature(cls.__init__)
        fields = _FIELDS_BY_CLASS[cls] = tuple(
            name
            for name, param in signature.parameters.items()
            if name not in ("self", "extra")
            and param.kind
            not in (inspect.Parameter.VAR_POSITIONAL, inspect.Parameter.VAR_KEYWORD)
        )
    return fields
