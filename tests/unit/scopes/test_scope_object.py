from __future__ import annotations

import pytest

from globus_sdk.exc import RemovedInV4Warning
from globus_sdk.scopes import Scope, ScopeCycleError, ScopeParseError


def test_str_and_repr_simple() -> None:
    s = Scope("simple")
    assert str(s) == "simple"
    assert repr(s) == "Scope('simple')"


def test_str_and_repr_optional() -> None:
    s = Scope("simple", optional=True)
    assert str(s) == "*simple"
    assert repr(s) == "Scope('simple', optional=True)"


def test_str_and_repr_with_dependencies() -> None:
    s = Scope("top")
    s.add_dependency("foo")
    assert str(s) == "top[foo]"
    s.add_dependency("bar")
    assert str(s) == "top[foo bar]"
    assert repr(s) == "Scope('top', dependencies=[Scope('foo'), Scope('bar')])"


def test_repr_nested() -> None:
    s = Scope.deserialize("*a[b[*c] d]")
    assert repr(s) == (
        "Scope('a', optional=True, dependencies=[Scope('b', dependencies="
        "[Scope('c', optional=True)]), Scope('d')])"
    )


@pytest.mark.parametrize(
    "bad", ["", "*foo", "foo[bar]", "foo[", "foo]", "foo bar", "foo\tbar", "a\nb"]
)
def test_init_rejects_special_characters(bad: str) -> None:
    with pytest.raises(ValueError, match="special characters"):
        Scope(bad)


def test_init_copies_the_dependency_list() -> None:
    deps = [Scope("a")]
    s = Scope("top", dependencies=deps)
    s.add_dependency("b")
    assert [d.scope_string for d in deps] == ["a"]
    assert str(s) == "top[a b]"


def test_add_dependency_parses_strings_and_returns_self() -> None:
    s = Scope("top")
    assert s.add_dependency("*foo[bar]") is s
    assert str(s) == "top[*foo[bar]]"


def test_add_dependency_takes_scope_objects() -> None:
    s = Scope("top").add_dependency(Scope("foo", optional=True))
    assert str(s) == "top[*foo]"


def test_add_dependency_optional_keyword_is_deprecated() -> None:
    s = Scope("top")
    with pytest.warns(RemovedInV4Warning, match="optional"):
        s.add_dependency("foo", optional=True)
    assert str(s) == "top[*foo]"
    assert repr(s) == "Scope('top', dependencies=[Scope('foo', optional=True)])"


def test_add_dependency_optional_keyword_with_scope_object_is_an_error() -> None:
    with pytest.raises(ValueError, match="cannot use optional"):
        Scope("top").add_dependency(Scope("foo"), optional=True)


def test_add_dependency_rejects_multiple_scopes_in_a_string() -> None:
    with pytest.raises(ScopeParseError, match="exactly one scope"):
        Scope("top").add_dependency("foo bar")


def test_add_dependency_refuses_cycles() -> None:
    a, b = Scope("a"), Scope("b")
    a.add_dependency(b)
    with pytest.raises(ScopeCycleError):
        b.add_dependency(a)
    with pytest.raises(ScopeCycleError):
        a.add_dependency(a)
    assert str(a) == "a[b]"


def test_serialize_detects_cycles_made_by_mutation() -> None:
    a, b = Scope("a"), Scope("b")
    a.add_dependency(b)
    b.dependencies.append(a)
    with pytest.raises(ScopeCycleError):
        a.serialize()
    with pytest.raises(ScopeCycleError):
        repr(a)


def test_shared_dependency_objects_are_not_cycles() -> None:
    shared = Scope("shared")
    top = Scope("top").add_dependency(Scope("a").add_dependency(shared))
    top.add_dependency(Scope("b").add_dependency(shared))
    assert str(top) == "top[a[shared] b[shared]]"


@pytest.mark.parametrize("scope_string", ["foo", "*foo", "foo[*bar baz[qux]]"])
def test_deserialize(scope_string: str) -> None:
    assert str(Scope.deserialize(scope_string)) == scope_string


@pytest.mark.parametrize("scope_string", ["", "   ", "foo bar"])
def test_deserialize_needs_exactly_one_scope(scope_string: str) -> None:
    with pytest.raises(ValueError, match="exactly one scope"):
        Scope.deserialize(scope_string)


def test_with_methods_return_new_scopes() -> None:
    base = Scope("top").add_dependency("a")
    extended = base.with_dependency("*b")
    assert str(extended) == "top[a *b]"
    assert str(base.with_dependencies([Scope("c"), "d[e]"])) == "top[a c d[e]]"
    assert str(base.with_optional(True)) == "*top[a]"
    assert str(base) == "top[a]"


def test_merge_scopes() -> None:
    a = Scope.parse("a[b] c")
    b = Scope.parse("*a[*b d] c[e] f")
    merged = Scope.merge_scopes(a, b)
    assert [str(s) for s in merged] == ["a[b d]", "c[e]", "f"]
    # inputs are untouched
    assert [str(s) for s in a] == ["a[b]", "c"]
    assert [str(s) for s in b] == ["*a[*b d]", "c[e]", "f"]


def test_merge_scopes_optional_only_if_all_optional() -> None:
    merged = Scope.merge_scopes(
        [Scope("a", optional=True)], [Scope("a", optional=True)]
    )
    assert [str(s) for s in merged] == ["*a"]


def test_merge_scopes_refuses_cycles_made_by_mutation() -> None:
    a = Scope("a")
    a.dependencies.append(a)
    with pytest.raises(ScopeCycleError):
        Scope.merge_scopes([a], [])


def test_scopes_have_identity_equality_and_hash() -> None:
    a, b = Scope("a"), Scope("a")
    assert a != b
    assert len({a, b}) == 2
