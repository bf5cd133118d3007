"""Type aliases used across the SDK's signatures, declared once."""

from __future__ import annotations

import datetime
import sys
import typing as t
import uuid

if t.TYPE_CHECKING:
    from globus_sdk.scopes import MutableScope, Scope

if sys.version_info >= (3, 10):
    from typing import TypeAlias
else:
    from typing_extensions import TypeAlias

UUIDLike: TypeAlias = t.Union[uuid.UUID, str]
IntLike: TypeAlias = t.Union[int, str]
DateLike: TypeAlias = t.Union[str, datetime.datetime]
QueryParams: TypeAlias = t.Dict[str, t.Any]

# a single scope or a collection of scopes, as strings or objects
ScopeCollectionType: TypeAlias = t.Union[
    str,
    "MutableScope",
    "Scope",
    t.Iterable[t.Union[str, "MutableScope", "Scope"]],
]

#: a JSON-compatible request body
DataParamType: TypeAlias = t.Union[None, str, bytes, t.Dict[str, t.Any], t.List[t.Any], t.Any]
