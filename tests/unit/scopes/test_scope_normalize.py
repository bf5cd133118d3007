from __future__ import annotations

import pytest

from globus_sdk.scopes import (
    MutableScope,
    Scope,
    ScopeParseError,
    scopes_to_scope_list,
    scopes_to_str,
)


@pytest.mark.parametrize(
    "scopes, expected",
    [
        ("foo", "foo"),
        ("  foo bar  ", "foo bar"),
        (Scope("foo"), "foo"),
        (MutableScope("foo"), "foo"),
        ([Scope("foo"), "bar", MutableScope("qux")], "foo bar qux"),
        (("a", ["b[c]", ("*d",)], Scope("e")), "a b[c] *d e"),
        (iter(["a", "b"]), "a b"),
        ([], ""),
        (["", "a", "  "], "a"),
    ],
)
def test_scopes_to_str(scopes: object, expected: str) -> None:
    assert scopes_to_str(scopes) == expected  # type: ignore[arg-type]


def test_scopes_to_scope_list() -> None:
    kept = Scope("kept")
    result = scopes_to_scope_list(
        [kept, "a b[c]", MutableScope("m").add_dependency("n"), ["x"]]  # type: ignore[list-item]
    )
    assert result[0] is kept
    assert [str(s) for s in result] == ["kept", "a", "b[c]", "m[n]", "x"]
    assert all(isinstance(s, Scope) for s in result)


def test_scopes_to_scope_list_parses_strings() -> None:
    with pytest.raises(ScopeParseError):
        scopes_to_scope_list("a[")


def test_non_scope_items_are_a_type_error() -> None:
    with pytest.raises(TypeError, match="not int"):
        scopes_to_str([1])  # type: ignore[list-item]
