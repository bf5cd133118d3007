"""
The scope string grammar, parsed in a single pass without recursion::

    scopes  := ws* (item (ws+ item)*)? ws*
    item    := "*"? name ("[" ws* item (ws+ item)* ws* "]")?
    name    := one or more characters other than "[", "]", "*" and whitespace

Parsing yields a :class:`ScopeGraph`. The dependencies of a scope are a property of
the scope string, so every occurrence of ``foo`` gets the union of the dependencies
written for ``foo`` anywhere in the input; a scope which is both optional and required
(at the top level, or as a dependency of the same parent) is required. A graph with a
cycle (``foo[bar[foo]]``) is rejected with :class:`ScopeCycleError`.

Every malformed input raises :class:`ScopeParseError` naming a 0-based position.
"""

from __future__ import annotations

import re
import typing as t

from .errors import ScopeCycleError, ScopeParseError

# token kinds are the group numbers of _TOKEN_RE; every character belongs to a token
_WS, _LBRACKET, _RBRACKET, _STAR, _NAME = 1, 2, 3, 4, 5
_TOKEN_RE = re.compile(r"(\s+)|(\[)|(\])|(\*)|([^\[\]*\s]+)")
# a valid scope name (used to validate Scope(...) arguments)
NAME_RE = re.compile(r"[^\[\]*\s]+")

# the expanded trees of a graph may be exponentially larger than its input
# ("a[b c] b[c d] c[d e] ..."); refuse to build more scopes than this (plus the input
# length) rather than hang
MAX_EXPANDED_SCOPES = 100_000

_SIZE_CAP = 1 << 62
_SNIPPET_RADIUS = 30


def _error(problem: str, scope_string: str, pos: int) -> ScopeParseError:
    if len(scope_string) <= 2 * _SNIPPET_RADIUS:
        context = repr(scope_string)
    else:
        start = max(0, pos - _SNIPPET_RADIUS)
        end = min(len(scope_string), pos + _SNIPPET_RADIUS)
        context = (
            ("..." if start else "")
            + repr(scope_string[start:end])
            + ("..." if end < len(scope_string) else "")
        )
    return ScopeParseError(f"{problem} (at position {pos} in {context})")


class ScopeGraph:
    """
    Scope strings (nodes) and their dependencies (edges), in order of first appearance.

    ``top_level`` maps each top-level scope string to its optional flag; ``edges`` maps
    a scope string to ``{dependency scope string: optional}``.
    """

    __slots__ = ("top_level", "edges")

    def __init__(self) -> None:
        self.top_level: dict[str, bool] = {}
        self.edges: dict[str, dict[str, bool]] = {}

    def add_top_level(self, name: str, optional: bool) -> None:
        # required wins over optional
        self.top_level[name] = self.top_level.get(name, True) and optional

    def add_edge(self, src: str, dest: str, optional: bool) -> None:
        deps = self.edges.get(src)
        if deps is None:
            deps = self.edges[src] = {}
        deps[dest] = deps.get(dest, True) and optional

    def expanded_size(self) -> int:
        """
        Check the graph for cycles and return the number of scopes in its expanded
        trees (one per top-level scope, plus one per dependency occurrence).

        :raises ScopeCycleError: if a scope depends on itself, directly or not
        """
        edges = self.edges
        # size of a finished node's expanded tree; presence means "done"
        sizes: dict[str, int] = {}
        on_path: set[str] = set()
        for root in edges:
            if root in sizes:
                continue
            path = [root]
            on_path.add(root)
            stack = [iter(edges[root])]
            while stack:
                for child in stack[-1]:
                    if child in sizes:
                        continue
                    if child in on_path:
                        cycle = path[path.index(child) :] + [child]
                        raise ScopeCycleError(
                            f"scopes contain a cyclic dependency on {child!r}: "
                            + " -> ".join(cycle)
                        )
                    if child in edges:
                        path.append(child)
                        on_path.add(child)
                        stack.append(iter(edges[child]))
                        break
                    sizes[child] = 1
                else:
                    node = path.pop()
                    on_path.discard(node)
                    stack.pop()
                    # capped: only comparisons against a limit need the value
                    sizes[node] = min(_SIZE_CAP, 1 + sum(sizes[c] for c in edges[node]))
        return sum(sizes.get(name, 1) for name in self.top_level)


def parse_scope_graph(scope_string: str) -> ScopeGraph:
    """
    Parse a scope string into a :class:`ScopeGraph`.

    :raises ScopeParseError: if the string is malformed
    :raises ScopeCycleError: if the dependencies form a cycle
    """
    if not isinstance(scope_string, str):
        raise TypeError(f"scope strings must be str, not {type(scope_string).__name__}")

    graph = ScopeGraph()
    # the scopes whose '[' is open, with the position of that '['
    parents: list[tuple[str, int]] = []
    # the previous token, and the previous token which is not whitespace
    prev_kind = _WS
    prev_solid: int | None = None
    prev_name = ""
    pos = 0

    for match in _TOKEN_RE.finditer(scope_string):
        kind = t.cast(int, match.lastindex)
        pos = match.start()
        if prev_kind == _STAR and kind != _NAME:
            raise _error(
                "'*' must be immediately followed by a scope string",
                scope_string,
                pos - 1,
            )
        if prev_kind == _RBRACKET and kind != _WS and kind != _RBRACKET:
            raise _error(
                "']' must be followed by whitespace, ']' or the end of the string",
                scope_string,
                pos - 1,
            )

        if kind == _NAME:
            name = match.group()
            optional = prev_kind == _STAR
            if parents:
                graph.add_edge(parents[-1][0], name, optional)
            else:
                graph.add_top_level(name, optional)
            prev_name = name
        elif kind == _STAR:
            if prev_kind == _NAME:
                raise _error(
                    "'*' must be preceded by whitespace, '[' or the start of the string",
                    scope_string,
                    pos,
                )
        elif kind == _LBRACKET:
            if prev_kind != _NAME:
                raise _error(
                    "'[' must immediately follow a scope string", scope_string, pos
                )
            parents.append((prev_name, pos))
        elif kind == _RBRACKET:
            if not parents:
                raise _error("']' has no matching '['", scope_string, pos)
            if prev_solid == _LBRACKET:
                raise _error("empty brackets", scope_string, pos)
            parents.pop()

        prev_kind = kind
        if kind != _WS:
            prev_solid = kind

    if prev_kind == _STAR:
        raise _error(
            "'*' must be immediately followed by a scope string", scope_string, pos
        )
    if parents:
        raise _error("'[' is never closed by ']'", scope_string, parents[-1][1])
    return graph
