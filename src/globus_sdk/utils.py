"""Small helpers shared across the SDK (payload wrappers, the MISSING sentinel, joins)."""

from __future__ import annotations

import base64
import collections
import hashlib
import os
import platform
import sys
import typing as t
import uuid

T = t.TypeVar("T")
R = t.TypeVar("R")

if t.TYPE_CHECKING:
    # pylint: disable=unsubscriptable-object
    PayloadWrapperBase = collections.UserDict[str, t.Any]
else:
    PayloadWrapperBase = collections.UserDict


class MissingType:
    """
    The type of :data:`MISSING`, a sentinel meaning "omit this value".

    ``None`` means "send null" where an API allows it; ``MISSING`` means "leave the field
    out of the request". The sentinel is falsy, a singleton, and survives copy and pickle.
    """

    _instance: MissingType | None = None

    def __new__(cls) -> MissingType:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self) -> None:
        # only the singleton exists; __new__ enforces it
        pass

    def __bool__(self) -> bool:
        return False

    def __copy__(self) -> MissingType:
        return self

    def __deepcopy__(self, memo: dict[int, t.Any]) -> MissingType:
        return self

    def __reduce__(self) -> str:
        # pickled by reference to the module-level name
        return "MISSING"

    def __repr__(self) -> str:
        return "<globus_sdk.MISSING>"


MISSING = MissingType()


def filter_missing(data: dict[str, t.Any] | None) -> dict[str, t.Any] | None:
    """Return a copy of ``data`` without its ``MISSING`` values (``None`` passes through)."""
    if data is None:
        return None
    return {k: v for k, v in data.items() if v is not MISSING}


def strip_missing(value: t.Any) -> t.Any:
    """
    Recursively drop ``MISSING`` values from dicts (and payload wrappers) inside lists and
    dicts. Values that hold no MISSING are returned as they are, without copying.
    """
    if isinstance(value, collections.UserDict):
        value = value.data
    if isinstance(value, dict):
        items = {k: strip_missing(v) for k, v in value.items() if v is not MISSING}
        unchanged = len(items) == len(value) and all(items[k] is v for k, v in value.items())
        return value if unchanged else items
    if isinstance(value, (list, tuple)):
        new_list = [strip_missing(v) for v in value if v is not MISSING]
        unchanged = len(new_list) == len(value) and all(a is b for a, b in zip(new_list, value))
        return value if unchanged else new_list
    return value


def slash_join(a: str, b: str | None) -> str:
    """Join ``a`` and ``b`` with exactly one ``/`` between them (``b=None`` returns ``a``)."""
    if b is None:
        return a
    if not b:
        return a
    if a.endswith("/"):
        a = a[:-1]
    if b.startswith("/"):
        b = b[1:]
    return f"{a}/{b}"


def safe_strseq_iter(value: t.Iterable[t.Any] | str | uuid.UUID) -> t.Iterator[str]:
    """
    Iterate over ``value`` as strings, treating a single ``str`` or ``UUID`` as one item
    (never as a sequence of characters).
    """
    if isinstance(value, (str, uuid.UUID)):
        yield str(value)
        return
    for x in value:
        yield str(x)


def commajoin(val: uuid.UUID | str | t.Iterable[uuid.UUID | str]) -> str:
    """Join an id or a collection of ids with commas; a single string passes through."""
    if isinstance(val, (str, uuid.UUID)):
        return str(val)
    return ",".join(safe_strseq_iter(val))


def sha256_string(s: str) -> str:
    """The hex sha256 of a string's UTF-8 bytes (used to name tokens in logs)."""
    return hashlib.sha256(s.encode("utf-8")).hexdigest()


def b64str(s: str) -> str:
    """Base64-encode a string's UTF-8 bytes and return the result as a string."""
    return base64.b64encode(s.encode("utf-8")).decode("utf-8")


def in_sphinx_build() -> bool:  # pragma: no cover
    """True while Sphinx is building the docs (used to render defaults nicely)."""
    return os.environ.get("GLOBUS_SDK_IN_SPHINX_BUILD") == "1" or "sphinx" in sys.modules


def get_nice_hostname() -> str | None:
    """The host's name without a trailing ``.local`` (for default app names), or None."""
    name = platform.node()
    if not name:
        return None
    if name.endswith(".local"):
        name = name[: -len(".local")]
    return name


class _classproperty(t.Generic[T, R]):
    def __init__(self, func: t.Callable[[T], R]) -> None:
        self.func = func
        self.__doc__ = func.__doc__

    def __get__(self, obj: t.Any, cls: T) -> R:
        return self.func(cls)


def classproperty(func: t.Callable[[T], R]) -> _classproperty[T, R]:
    """A read-only property computed from the class (works on the class and instances)."""
    return _classproperty(func)


class PayloadWrapper(PayloadWrapperBase):
    """
    A dict-like base class for request payload helpers (``TransferData``, ``TimerJob``...).

    It is a :class:`collections.UserDict`; the transport encodes its ``data`` as JSON and
    drops values that are :data:`MISSING`.
    """

    # a hint to type checkers and readers; the content lives in .data as UserDict defines
    data: dict[str, t.Any]

    def _set_value(self, key: str, val: t.Any, callback: t.Callable[[t.Any], t.Any] | None = None) -> None:
        if val is not None and val is not MISSING:
            self.data[key] = callback(val) if callback else val

    def _set_optstrs(self, **kwargs: t.Any) -> None:
        for k, v in kwargs.items():
            self._set_value(k, v, callback=str)

    def _set_optstrlists(self, **kwargs: t.Any) -> None:
        for k, v in kwargs.items():
            self._set_value(k, v, callback=lambda x: list(safe_strseq_iter(x)))

    def _set_optbools(self, **kwargs: t.Any) -> None:
        for k, v in kwargs.items():
            self._set_value(k, v, callback=bool)

    def _set_optints(self, **kwargs: t.Any) -> None:
        for k, v in kwargs.items():
            self._set_value(k, v, callback=int)
