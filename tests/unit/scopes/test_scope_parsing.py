from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from globus_sdk.scopes import Scope, ScopeCycleError, ScopeParseError


def _serialize_all(scopes: list[Scope]) -> str:
    return " ".join(s.serialize() for s in scopes)


@pytest.mark.parametrize(
    "scope_string, expected",
    [
        ("", []),
        ("   ", []),
        ("foo", ["foo"]),
        (" foo ", ["foo"]),
        ("*foo", ["*foo"]),
        ("foo bar", ["foo", "bar"]),
        ("foo\tbar\nbaz", ["foo", "bar", "baz"]),
        ("foo[bar]", ["foo[bar]"]),
        ("foo[*bar]", ["foo[*bar]"]),
        ("foo[ bar   *baz  ]", ["foo[bar *baz]"]),
        ("foo[bar[baz]]", ["foo[bar[baz]]"]),
        ("foo[bar[baz]] qux", ["foo[bar[baz]]", "qux"]),
        ("*foo[*bar[*baz]]", ["*foo[*bar[*baz]]"]),
        (
            "urn:globus:auth:scope:transfer.api.globus.org:all"
            "[*https://auth.globus.org/scopes/c1/data_access]",
            [
                "urn:globus:auth:scope:transfer.api.globus.org:all"
                "[*https://auth.globus.org/scopes/c1/data_access]"
            ],
        ),
    ],
)
def test_parse_valid(scope_string: str, expected: list[str]) -> None:
    scopes = Scope.parse(scope_string)
    assert all(isinstance(s, Scope) for s in scopes)
    assert [str(s) for s in scopes] == expected


def test_parse_builds_the_tree() -> None:
    (foo,) = Scope.parse("foo[bar *baz[qux]]")
    assert foo.scope_string == "foo"
    assert not foo.optional
    bar, baz = foo.dependencies
    assert (bar.scope_string, bar.optional, bar.dependencies) == ("bar", False, [])
    assert (baz.scope_string, baz.optional) == ("baz", True)
    assert [d.scope_string for d in baz.dependencies] == ["qux"]


@pytest.mark.parametrize(
    "original, normalized",
    [
        # duplicates collapse; required wins over optional
        ("foo foo", "foo"),
        ("*foo foo", "foo"),
        ("foo[bar *bar]", "foo[bar]"),
        ("foo[*bar bar]", "foo[bar]"),
        ("foo[*bar *bar]", "foo[*bar]"),
        # a scope's dependencies are merged wherever it appears
        ("foo[bar] foo[baz]", "foo[bar baz]"),
        ("foo[bar[baz]] bar[*baz]", "foo[bar[baz]] bar[baz]"),
        ("foo[bar[*baz]] bar[baz]", "foo[bar[baz]] bar[baz]"),
        ("foo[bar[*baz]] bar[*baz]", "foo[bar[*baz]] bar[*baz]"),
        ("foo[bar[baz]] bar", "foo[bar[baz]] bar[baz]"),
    ],
)
def test_parse_normalizes(original: str, normalized: str) -> None:
    assert _serialize_all(Scope.parse(original)) == normalized


@pytest.mark.parametrize(
    "scope_string, position",
    [
        ("foo*", 3),
        ("foo *", 4),
        ("foo*[bar]", 3),
        ("foo *[bar]", 4),
        ("foo * ", 4),
        ("* foo", 0),
        ("**foo", 0),
        ("foo*bar", 3),
        ("foo[]", 4),
        ("foo[ ]", 5),
        ("[foo]", 0),
        ("foo[[bar]]", 4),
        ("foo[", 3),
        ("foo[bar", 3),
        ("foo]", 3),
        ("foo bar]", 7),
        ("foo[bar]]", 8),
        ("foo[bar] baz]", 12),
        ("foo [bar]", 4),
        ("foo[bar]baz", 7),
        ("foo[bar]*baz", 7),
        ("foo[bar][baz]", 7),
        ("]", 0),
        ("*", 0),
    ],
)
def test_parse_rejects_bad_input_and_names_the_position(
    scope_string: str, position: int
) -> None:
    with pytest.raises(ScopeParseError) as excinfo:
        Scope.parse(scope_string)
    assert not isinstance(excinfo.value, ScopeCycleError)
    assert f"at position {position} " in str(excinfo.value)


def test_parse_error_context_is_bounded_for_long_input() -> None:
    scope_string = "a " * 1000 + "]" + " b" * 1000
    with pytest.raises(ScopeParseError, match="at position 2000 ") as excinfo:
        Scope.parse(scope_string)
    assert len(str(excinfo.value)) < 200


@pytest.mark.parametrize(
    "scope_string",
    [
        "foo[foo]",
        "foo[*foo]",
        "foo[bar[foo]]",
        "foo[bar[baz[bar]]]",
        "foo[bar[*baz[bar]]]",
        "foo[bar[*baz[*bar]]]",
        "foo[bar] bar[foo]",
        "a[b] b[c] c[a]",
    ],
)
def test_parse_rejects_cycles(scope_string: str) -> None:
    with pytest.raises(ScopeCycleError, match="cyclic dependency"):
        Scope.parse(scope_string)


def test_scope_cycle_error_is_a_parse_error_and_a_value_error() -> None:
    assert issubclass(ScopeCycleError, ScopeParseError)
    assert issubclass(ScopeParseError, ValueError)


def test_parse_handles_very_deep_nesting_without_recursion() -> None:
    depth = 20_000
    scope_string = "".join(f"s{i}[" for i in range(depth)) + "leaf" + "]" * depth
    (scope,) = Scope.parse(scope_string)
    assert scope.serialize() == scope_string
    assert repr(scope).startswith("Scope('s0', dependencies=[Scope('s1'")


def test_parse_catches_very_long_cycles() -> None:
    depth = 20_000
    scope_string = "".join(f"s{i}[" for i in range(depth)) + "s0" + "]" * depth
    with pytest.raises(ScopeCycleError):
        Scope.parse(scope_string)


def test_parse_refuses_exponential_expansion() -> None:
    # each n{i} depends on n{i+1} twice over (directly and through m{i})
    scope_string = " ".join(f"n{i}[n{i + 1} m{i}] m{i}[n{i + 1}]" for i in range(60))
    with pytest.raises(ScopeParseError, match="expands to more than"):
        Scope.parse(scope_string)


def test_parse_rejects_non_strings() -> None:
    with pytest.raises(TypeError):
        Scope.parse(b"foo")  # type: ignore[arg-type]


# -- property tests --

_STRUCTURAL = st.text(alphabet="ab*[] \t", max_size=40)


@settings(max_examples=500)
@given(st.one_of(st.text(), _STRUCTURAL))
def test_parse_is_total(scope_string: str) -> None:
    try:
        scopes = Scope.parse(scope_string)
    except ScopeParseError as err:
        assert re.search(r"at position \d+ |cyclic dependency|expands to", str(err))
        return
    assert isinstance(scopes, list)
    assert all(isinstance(s, Scope) for s in scopes)


@settings(max_examples=500)
@given(st.one_of(st.text(), _STRUCTURAL))
def test_parse_serialize_round_trip_is_stable(scope_string: str) -> None:
    try:
        scopes = Scope.parse(scope_string)
    except ScopeParseError:
        return
    serialized = _serialize_all(scopes)
    reparsed = Scope.parse(serialized)
    assert _serialize_all(reparsed) == serialized
    assert [str(s) for s in reparsed] == [s.serialize() for s in scopes]
    for scope in scopes:
        assert Scope.deserialize(str(scope)).serialize() == str(scope)


_NAMES = st.text(
    alphabet=st.characters(blacklist_characters="[]*", blacklist_categories=("Z", "C")),
    min_size=1,
    max_size=8,
).filter(lambda s: not any(c.isspace() for c in s))


@st.composite
def _scope_tree_strings(draw: st.DrawFn) -> tuple[str, int]:
    """A well-formed scope string whose scope names are all distinct."""
    names = iter(draw(st.lists(_NAMES, min_size=30, max_size=30, unique=True)))

    def item(depth: int) -> str:
        text = ("*" if draw(st.booleans()) else "") + next(names)
        if depth < 3 and draw(st.booleans()):
            count = draw(st.integers(min_value=1, max_value=2))
            text += "[" + " ".join(item(depth + 1) for _ in range(count)) + "]"
        return text

    count = draw(st.integers(min_value=0, max_value=3))
    return " ".join(item(0) for _ in range(count)), count


@given(_scope_tree_strings())
def test_well_formed_distinct_scopes_round_trip_exactly(
    generated: tuple[str, int],
) -> None:
    scope_string, count = generated
    scopes = Scope.parse(scope_string)
    assert len(scopes) == count
    assert _serialize_all(scopes) == scope_string


@given(
    st.lists(
        st.tuples(st.sampled_from("abcd"), st.booleans(), st.sampled_from("abcd")),
        max_size=6,
    )
)
def test_shared_names_either_parse_stably_or_report_a_cycle(
    edges: list[tuple[str, bool, str]],
) -> None:
    scope_string = " ".join(
        f"{src}[{'*' if optional else ''}{dest}]" for src, optional, dest in edges
    )
    try:
        scopes = Scope.parse(scope_string)
    except ScopeCycleError:
        return
    serialized = _serialize_all(scopes)
    assert _serialize_all(Scope.parse(serialized)) == serialized
