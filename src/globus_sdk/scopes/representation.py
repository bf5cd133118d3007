"""The :class:`Scope` object: a scope string with optional dependent scopes."""

from __future__ import annotations

import typing as t

from ._parser import MAX_EXPANDED_SCOPES, NAME_RE, parse_scope_graph
from ._render import render
from .errors import ScopeCycleError, ScopeParseError


class Scope:
    """
    A scope string, whether it is optional, and the scopes it depends on.

    ``str(scope)`` (or :meth:`serialize`) gives the scope string to send to Globus
    Auth, e.g. ``*foo[bar *baz]`` for an optional ``foo`` depending on ``bar`` and on
    an optional ``baz``.

    .. code-block:: pycon

        >>> from globus_sdk.scopes import GCSCollectionScopeBuilder, Scope, TransferScopes
        >>> collection = GCSCollectionScopeBuilder("COLLECTION_ID")
        >>> transfer = Scope(TransferScopes.all).add_dependency(
        ...     Scope(collection.data_access, optional=True)
        ... )
        >>> str(transfer)
        'urn:globus:auth:scope:transfer.api.globus.org:all[*https://auth.globus.org/scopes/COLLECTION_ID/data_access]'

    :param scope_string: the scope string, without brackets, ``*`` or whitespace (use
        :meth:`parse` or :meth:`deserialize` to read a full scope string)
    :param optional: whether the user may decline this scope while consenting to the
        scope which depends on it
    :param dependencies: the scopes this scope depends on (the list is copied)
    :raises ValueError: if ``scope_string`` is empty or contains ``[``, ``]``, ``*``
        or whitespace
    """

    __slots__ = ("scope_string", "optional", "dependencies")

    def __init__(
        self,
        scope_string: str,
        *,
        optional: bool = False,
        dependencies: list[Scope] | None = None,
    ) -> None:
        if not isinstance(scope_string, str) or not NAME_RE.fullmatch(scope_string):
            raise ValueError(
                "Scope instances must be non-empty and may not contain the special "
                "characters '[]* ' or whitespace. Use either Scope.deserialize or "
                f"Scope.parse instead: got {scope_string!r}"
            )
        self.scope_string: str = scope_string
        self.optional: bool = optional
        self.dependencies: list[Scope] = (
            [] if dependencies is None else list(dependencies)
        )

    @classmethod
    def _unchecked(cls, scope_string: str, optional: bool) -> Scope:
        # the parser only produces valid scope strings; skip re-validating them
        new = cls.__new__(cls)
        new.scope_string = scope_string
        new.optional = optional
        new.dependencies = []
        return new

    @staticmethod
    def parse(scope_string: str) -> list[Scope]:
        """
        Parse a scope string into a list of scopes (zero, one, or several: top-level
        scopes are separated by whitespace).

        The dependencies of a scope string are merged wherever it appears, so
        ``foo[bar] foo[baz]`` gives one ``foo[bar baz]``, and a scope which is both
        optional and required in the same place is required. The order of first
        appearance is kept.

        :param scope_string: the scope string to parse
        :raises ScopeParseError: if the string is malformed (the message names the
            position)
        :raises ScopeCycleError: if the dependencies form a cycle, as in
            ``foo[bar[foo]]``
        """
        graph = parse_scope_graph(scope_string)
        limit = MAX_EXPANDED_SCOPES + len(scope_string)
        if graph.expanded_size() > limit:
            raise ScopeParseError(
                f"the scope string expands to more than {limit} scopes: its scopes "
                "share dependencies too often to be expanded into trees"
            )

        edges = graph.edges
        result: list[Scope] = []
        for name, optional in graph.top_level.items():
            top = Scope._unchecked(name, optional)
            result.append(top)
            pending = [top]
            while pending:
                scope = pending.pop()
                deps = edges.get(scope.scope_string)
                if deps:
                    children = [Scope._unchecked(d, opt) for d, opt in deps.items()]
                    scope.dependencies = children
                    pending.extend(children)
        return result

    @classmethod
    def deserialize(cls, scope_string: str) -> Scope:
        """
        Parse a scope string which holds exactly one top-level scope.

        :param scope_string: the scope string to parse
        :raises ScopeParseError: if the string is malformed or does not hold exactly
            one top-level scope
        """
        data = Scope.parse(scope_string)
        if len(data) != 1:
            raise ScopeParseError(
                "Deserializing a scope from string did not get exactly one scope. "
                f"Instead got data={data!r}"
            )
        return data[0]

    def serialize(self) -> str:
        """
        Render this scope and its dependencies as a scope string.

        :raises ScopeCycleError: if the scope (through mutated dependency lists)
            depends on itself
        """
        return render(self)

    def add_dependency(
        self, scope: str | Scope, *, optional: bool | None = None
    ) -> Scope:
        """
        Add a dependency to this scope (in place) and return this scope.

        :param scope: the dependency, as a :class:`Scope` or a scope string holding
            one scope (which may be optional and have dependencies, e.g. ``*foo[bar]``)
        :param optional: deprecated; pass an optional :class:`Scope` instead
        :raises ScopeCycleError: if ``scope`` is this scope or depends on it
        """
        if optional is not None:
            if isinstance(scope, Scope):
                raise ValueError(
                    "cannot use optional=... with a Scope object as the argument to "
                    "add_dependency"
                )
            from globus_sdk.exc import warn_deprecated

            warn_deprecated(
                "Passing 'optional' to add_dependency is deprecated. "
                "Construct an optional Scope object instead."
            )
            scopeobj = Scope(scope, optional=optional)
        elif isinstance(scope, str):
            scopeobj = Scope.deserialize(scope)
        else:
            scopeobj = scope
        if scopeobj._reaches(self):
            raise ScopeCycleError(
                f"adding {scopeobj.scope_string!r} as a dependency of "
                f"{self.scope_string!r} would create a cycle"
            )
        self.dependencies.append(scopeobj)
        return self

    def _reaches(self, target: Scope) -> bool:
        """Is ``target`` this scope or one of its (transitive) dependencies?"""
        return any(scope is target for scope in _walk([self]))

    def with_dependency(self, other_scope: str | Scope) -> Scope:
        """
        Return a copy of this scope with one more dependency (this scope is unchanged).

        :param other_scope: the dependency, as a :class:`Scope` or a scope string
            holding one scope
        """
        return self.with_dependencies([other_scope])

    def with_dependencies(self, other_scopes: t.Iterable[str | Scope]) -> Scope:
        """
        Return a copy of this scope with more dependencies (this scope is unchanged).

        :param other_scopes: the dependencies, as :class:`Scope` objects or scope
            strings holding one scope each
        """
        new = Scope._unchecked(self.scope_string, self.optional)
        new.dependencies = list(self.dependencies)
        for other in other_scopes:
            new.add_dependency(other)
        return new

    def with_optional(self, optional: bool) -> Scope:
        """
        Return a copy of this scope with the given optional flag (this scope is
        unchanged).
        """
        new = Scope._unchecked(self.scope_string, optional)
        new.dependencies = list(self.dependencies)
        return new

    @staticmethod
    def merge_scopes(scopes_a: list[Scope], scopes_b: list[Scope]) -> list[Scope]:
        """
        Merge two lists of scopes into a new list (the inputs are unchanged).

        Scopes with the same scope string become one scope whose dependencies are
        merged the same way, recursively; the merged scope is optional only if every
        merged scope was optional.
        """
        inputs = [*scopes_a, *scopes_b]
        # a dependency list that (through mutation) contains its own scope would make
        # the merge go on forever; no acyclic input is deeper than its object count
        max_depth = _count_objects(inputs)
        result: list[Scope] = []
        work: list[tuple[list[Scope], list[Scope], int]] = [(result, inputs, 0)]
        while work:
            target, sources, depth = work.pop()
            if depth > max_depth:
                raise ScopeCycleError("cannot merge scopes which depend on themselves")
            groups: dict[str, tuple[list[bool], list[Scope]]] = {}
            for scope in sources:
                group = groups.get(scope.scope_string)
                if group is None:
                    groups[scope.scope_string] = (
                        [scope.optional],
                        list(scope.dependencies),
                    )
                else:
                    group[0][0] = group[0][0] and scope.optional
                    group[1].extend(scope.dependencies)
            for scope_string, (optional, dependencies) in groups.items():
                new = Scope._unchecked(scope_string, optional[0])
                target.append(new)
                if dependencies:
                    work.append((new.dependencies, dependencies, depth + 1))
        return result

    def __repr__(self) -> str:
        return render(self, repr_mode=True)

    def __str__(self) -> str:
        return self.serialize()


def _count_objects(scopes: list[Scope]) -> int:
    return sum(1 for _ in _walk(scopes))


def _walk(scopes: list[Scope]) -> t.Iterator[Scope]:
    """Each scope object reachable from ``scopes`` (dependencies included), once."""
    seen: set[int] = set()
    pending = list(scopes)
    while pending:
        scope = pending.pop()
        if id(scope) not in seen:
            seen.add(id(scope))
            yield scope
            pending.extend(scope.dependencies)
