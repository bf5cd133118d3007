"""Field validators for GARE documents: each returns the value or raises."""

from __future__ import annotations

import typing as t

from globus_sdk.exc import ValidationError

if t.TYPE_CHECKING:
    from globus_sdk._serializable import Serializable

    S = t.TypeVar("S", bound=Serializable)


def str_(name: str, value: t.Any) -> str:
    if isinstance(value, str):
        return value
    raise ValidationError(f"'{name}' must be a string")


def opt_str(name: str, value: t.Any) -> str | None:
    if value is None or isinstance(value, str):
        return value
    raise ValidationError(f"'{name}' must be a string or null")


def opt_bool(name: str, value: t.Any) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    raise ValidationError(f"'{name}' must be a bool or null")


def _is_str_list(value: t.Any) -> bool:
    return isinstance(value, (list, tuple)) and all(isinstance(s, str) for s in value)


def str_list(name: str, value: t.Any) -> list[str]:
    if _is_str_list(value):
        return list(value)
    raise ValidationError(f"'{name}' must be a list of strings")


def opt_str_list(name: str, value: t.Any) -> list[str] | None:
    if value is None:
        return None
    if _is_str_list(value):
        return list(value)
    raise ValidationError(f"'{name}' must be a list of strings or null")


def opt_str_or_str_list(name: str, value: t.Any) -> str | list[str] | None:
    if value is None or isinstance(value, str):
        return value
    if _is_str_list(value):
        return list(value)
    raise ValidationError(f"'{name}' must be a string, a list of strings or null")


def opt_dict(name: str, value: t.Any) -> dict[str, t.Any] | None:
    if value is None or isinstance(value, dict):
        return value
    raise ValidationError(f"'{name}' must be a dict or null")


def literal(name: str, value: t.Any, expected: str) -> str:
    if value == expected:
        return expected
    raise ValidationError(f"'{name}' must be {expected!r}")


def instance_or_dict(name: str, value: t.Any, cls: type[S]) -> S:
    if isinstance(value, cls):
        return value
    if isinstance(value, dict):
        return cls.from_dict(value)
    raise ValidationError(f"'{name}' must be a {cls.__name__} or a dict")
