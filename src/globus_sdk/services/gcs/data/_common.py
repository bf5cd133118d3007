"""
DATA_TYPE deduction shared by the GCS documents.

A GCS document names its schema version in ``DATA_TYPE`` (``collection#1.4.0``). When
the caller does not set it, a document class deduces the lowest version that supports
every field it holds: each class lists the version each field appeared in
(``DATATYPE_VERSION_IMPLICATIONS``) and callbacks for value-dependent rules
(``DATATYPE_VERSION_CALLBACKS``).
"""

from __future__ import annotations

import typing as t

from globus_sdk.utils import MISSING

VersionTuple = t.Tuple[int, int, int]


class DocumentWithInducedDatatype(t.Protocol):
    DATATYPE_BASE: str
    DATATYPE_VERSION_IMPLICATIONS: dict[str, VersionTuple]
    DATATYPE_VERSION_CALLBACKS: tuple[DatatypeCallback, ...]

    def __contains__(self, key: object) -> bool: ...

    def __getitem__(self, key: str) -> t.Any: ...

    def __setitem__(self, key: str, value: t.Any) -> None: ...


DatatypeCallback = t.Callable[[DocumentWithInducedDatatype], t.Optional[VersionTuple]]


def _present(obj: DocumentWithInducedDatatype, key: str) -> bool:
    # MISSING means "omitted" (the transport drops it), so it implies nothing
    return key in obj and obj[key] is not MISSING


def deduce_datatype_version(obj: DocumentWithInducedDatatype) -> str:
    """The lowest ``X.Y.Z`` version supporting every field of ``obj``."""
    version: VersionTuple = (1, 0, 0)
    for fieldname, implied in obj.DATATYPE_VERSION_IMPLICATIONS.items():
        if _present(obj, fieldname) and tuple(implied) > version:
            version = implied
    for callback in obj.DATATYPE_VERSION_CALLBACKS:
        implied_by_callback = callback(obj)
        if implied_by_callback is not None and implied_by_callback > version:
            version = implied_by_callback
    return ".".join(str(part) for part in version)


def ensure_datatype(obj: DocumentWithInducedDatatype) -> None:
    """Set ``DATA_TYPE`` to ``<DATATYPE_BASE>#<deduced version>`` unless it is set."""
    if not _present(obj, "DATA_TYPE") or obj["DATA_TYPE"] is None:
        obj["DATA_TYPE"] = f"{obj.DATATYPE_BASE}#{deduce_datatype_version(obj)}"


# keys whose values are credentials in GCS documents (storage gateway policies, user
# credential policies); their values never appear in a document's repr
_SECRET_KEY_MARKERS = ("secret", "password", "passphrase", "private_key", "privatekey")
_SECRET_KEYS = frozenset({"service_account_key"})


def _is_secret_key(key: t.Any) -> bool:
    if not isinstance(key, str):
        return False
    lowered = key.lower()
    return lowered in _SECRET_KEYS or any(m in lowered for m in _SECRET_KEY_MARKERS)


def redact_secrets(value: t.Any) -> t.Any:
    """A copy of ``value`` (nested dicts/lists) with credential values replaced."""
    if isinstance(value, t.Mapping):
        return {
            k: "***" if _is_secret_key(k) else redact_secrets(v)
            for k, v in value.items()
        }
    if isinstance(value, (list, tuple)):
        return [redact_secrets(v) for v in value]
    return value


def masked_repr(obj: t.Mapping[str, t.Any]) -> str:
    """``ClassName({...})`` with credential values masked."""
    return f"{type(obj).__name__}({redact_secrets(obj)!r})"
