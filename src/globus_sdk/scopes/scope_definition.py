"""
:class:`MutableScope`, the older scope object of the 3.x series.

New code should prefer :class:`globus_sdk.scopes.Scope`, which can also parse scope
strings.
"""

from __future__ import annotations

import typing as t

from ._render import render

if t.TYPE_CHECKING:
    from globus_sdk._types import ScopeCollectionType


class MutableScope:
    """
    A scope string, whether it is optional, and the scopes it depends on; dependencies
    are added in place with :meth:`add_dependency`.

    ``str(MutableScope(...))`` gives a scope string for use in requests.

    :param scope_string: the scope string
    :param optional: whether the user may decline this scope while consenting to the
        scope which depends on it
    :param dependencies: the scopes this scope depends on (the list is copied)
    """

    def __init__(
        self,
        scope_string: str,
        *,
        optional: bool = False,
        dependencies: list[MutableScope] | None = None,
    ) -> None:
        self.scope_string = scope_string
        self.optional = optional
        self.dependencies: list[MutableScope] = (
            [] if dependencies is None else list(dependencies)
        )

    def serialize(self) -> str:
        """Render this scope and its dependencies as a scope string."""
        return render(self)

    def add_dependency(
        self, scope: str | MutableScope, *, optional: bool | None = None
    ) -> MutableScope:
        """
        Add a dependency to this scope (in place) and return this scope.

        :param scope: the dependency, as a :class:`MutableScope` or a scope string
        :param optional: deprecated; pass an optional :class:`MutableScope` instead
        """
        if optional is not None:
            if isinstance(scope, MutableScope):
                raise ValueError(
                    "cannot use optional=... with a MutableScope object as the "
                    "argument to add_dependency"
                )
            from globus_sdk.exc import warn_deprecated

            warn_deprecated(
                "Passing 'optional' to add_dependency is deprecated. "
                "Construct an optional MutableScope object instead."
            )
            scopeobj = MutableScope(scope, optional=optional)
        elif isinstance(scope, str):
            scopeobj = MutableScope(scope)
        else:
            scopeobj = scope
        self.dependencies.append(scopeobj)
        return self

    @staticmethod
    def scopes2str(obj: ScopeCollectionType) -> str:
        """
        Convert a scope string, a scope object, or a (nested) collection of them into
        one space-separated scope string. Same as
        :func:`globus_sdk.scopes.scopes_to_str`.
        """
        from ._normalize import scopes_to_str

        return scopes_to_str(obj)

    def __repr__(self) -> str:
        return render(self, repr_mode=True)

    def __str__(self) -> str:
        return self.serialize()
