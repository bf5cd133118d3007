from __future__ import annotations

import pytest

from globus_sdk.exc import RemovedInV4Warning
from globus_sdk.scopes import MutableScope, Scope


def test_str_and_repr() -> None:
    s = MutableScope("top")
    assert str(s) == "top"
    assert repr(s) == "MutableScope('top')"
    s.add_dependency("foo")
    s.add_dependency(MutableScope("bar", optional=True))
    assert str(s) == "top[foo *bar]"
    assert repr(s) == (
        "MutableScope('top', dependencies=[MutableScope('foo'), "
        "MutableScope('bar', optional=True)])"
    )


def test_add_dependency_returns_self() -> None:
    s = MutableScope("top")
    assert s.add_dependency("foo") is s


def test_add_dependency_optional_keyword_is_deprecated() -> None:
    s = MutableScope("top")
    with pytest.warns(RemovedInV4Warning):
        s.add_dependency("foo", optional=True)
    assert s.serialize() == "top[*foo]"


def test_add_dependency_optional_keyword_with_object_is_an_error() -> None:
    with pytest.raises(ValueError):
        MutableScope("top").add_dependency(MutableScope("foo"), optional=False)


def test_scopes2str() -> None:
    assert MutableScope.scopes2str("foo") == "foo"
    assert (
        MutableScope.scopes2str(
            [MutableScope("a"), Scope("b"), "c", ["d", ("e",)]]  # type: ignore[list-item]
        )
        == "a b c d e"
    )


def test_mutable_scope_parses_as_scope() -> None:
    ms = MutableScope("a").add_dependency(MutableScope("b", optional=True))
    (scope,) = Scope.parse(str(ms))
    assert str(scope) == "a[*b]"
