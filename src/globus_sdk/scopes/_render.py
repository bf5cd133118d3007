"""Render scope trees (``Scope`` and ``MutableScope``) without recursion."""

from __future__ import annotations

import typing as t

from .errors import ScopeCycleError


class ScopeLike(t.Protocol):
    @property
    def scope_string(self) -> str: ...

    @property
    def optional(self) -> bool: ...

    @property
    def dependencies(self) -> t.Sequence[ScopeLike]: ...


def render(root: ScopeLike, *, repr_mode: bool = False) -> str:
    """
    Serialize ``root`` as a scope string (``*foo[bar baz]``), or, with ``repr_mode``,
    as constructor calls (``Scope('foo', optional=True, dependencies=[...])``).

    :raises ScopeCycleError: if a scope is among its own dependencies
    """
    out: list[str] = []
    on_path: set[int] = set()
    # work items: a scope to render, literal text, or the id of a scope whose
    # dependency list ends here
    stack: list[ScopeLike | str | int] = [root]
    separator = ", " if repr_mode else " "
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            out.append(item)
            continue
        if isinstance(item, int):
            on_path.discard(item)
            out.append("])" if repr_mode else "]")
            continue
        deps = item.dependencies
        if repr_mode:
            out.append(f"{type(item).__name__}({item.scope_string!r}")
            if item.optional:
                out.append(", optional=True")
        else:
            if item.optional:
                out.append("*")
            out.append(item.scope_string)
        if not deps:
            if repr_mode:
                out.append(")")
            continue
        if id(item) in on_path:
            raise ScopeCycleError(
                f"scope {item.scope_string!r} depends on itself; it cannot be rendered"
            )
        on_path.add(id(item))
        out.append(", dependencies=[" if repr_mode else "[")
        stack.append(id(item))
        for index in range(len(deps) - 1, -1, -1):
            stack.append(deps[index])
            if index:
                stack.append(separator)
    return "".join(out)
