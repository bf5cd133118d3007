"""
:class:`ScopeBuilder`: named scope strings of one resource server.

A scope has a URN form (``urn:globus:auth:scope:<resource server>:<name>``) or a URL
form (``https://auth.globus.org/scopes/<resource server>/<name>``); which one a service
uses is a fact about the service, recorded where its builder is declared.
"""

from __future__ import annotations

import typing as t

from .scope_definition import MutableScope

#: the accepted spellings of "scope names to register on a ScopeBuilder":
#: ``"name"``, ``("attribute name", "scope name")``, or a list of those
ScopeBuilderScopes = t.Union[
    None,
    str,
    t.Tuple[str, str],
    t.List[t.Union[str, t.Tuple[str, str]]],
]


class ScopeBuilder:
    """
    Scope strings for one resource server, as attributes.

    :param resource_server: the resource server's identifier (a domain name or a
        client ID)
    :param known_scopes: scope names to register as attributes holding URN scope
        strings
    :param known_url_scopes: scope names to register as attributes holding URL scope
        strings

    A name may be a ``(attribute name, scope name)`` pair when they differ.

    .. code-block:: pycon

        >>> sb = ScopeBuilder("example.globus.org", known_scopes=["all"])
        >>> sb.all
        'urn:globus:auth:scope:example.globus.org:all'
        >>> sb.url_scope_string("read")
        'https://auth.globus.org/scopes/example.globus.org/read'
    """

    # names of scopes defined as class attributes or properties by subclasses
    _classattr_scope_names: t.ClassVar[list[str]] = []

    def __init__(
        self,
        resource_server: str,
        *,
        known_scopes: ScopeBuilderScopes = None,
        known_url_scopes: ScopeBuilderScopes = None,
    ) -> None:
        self.resource_server = resource_server
        self._registered_scope_names: list[str] = []
        self._register_scopes(known_scopes, self.urn_scope_string)
        self._register_scopes(known_url_scopes, self.url_scope_string)

    def _register_scopes(
        self, scopes: ScopeBuilderScopes, transform: t.Callable[[str], str]
    ) -> None:
        for attr_name, scope_name in _scopes_input_to_dict(scopes).items():
            self._registered_scope_names.append(attr_name)
            setattr(self, attr_name, transform(scope_name))

    @property
    def scope_names(self) -> list[str]:
        """The names of the scopes this builder knows, as attribute names."""
        return self._classattr_scope_names + self._registered_scope_names

    # declares that unknown attributes are strings, so that type checkers accept the
    # registered names (``TransferScopes.all``); it only runs when normal lookup fails
    def __getattr__(self, name: str) -> str:
        raise AttributeError(
            f"{type(self).__name__!r} object has no attribute {name!r}"
        )

    def urn_scope_string(self, scope_name: str) -> str:
        """
        The URN form of a scope of this resource server.

        >>> ScopeBuilder("transfer.api.globus.org").urn_scope_string("all")
        'urn:globus:auth:scope:transfer.api.globus.org:all'

        :param scope_name: the short name of the scope
        """
        return f"urn:globus:auth:scope:{self.resource_server}:{scope_name}"

    def url_scope_string(self, scope_name: str) -> str:
        """
        The URL form of a scope of this resource server.

        >>> ScopeBuilder("actions.globus.org").url_scope_string("hello_world")
        'https://auth.globus.org/scopes/actions.globus.org/hello_world'

        :param scope_name: the short name of the scope
        """
        return f"https://auth.globus.org/scopes/{self.resource_server}/{scope_name}"

    def make_mutable(self, scope: str, *, optional: bool = False) -> MutableScope:
        """
        A :class:`MutableScope` for one of this builder's scopes, named by attribute.

        >>> TransferScopes.make_mutable("all")
        MutableScope('urn:globus:auth:scope:transfer.api.globus.org:all')

        :param scope: the attribute name of the scope (e.g. ``"all"``)
        :param optional: mark the scope optional
        """
        return MutableScope(getattr(self, scope), optional=optional)

    def __str__(self) -> str:
        return f"ScopeBuilder[{self.resource_server}]\n" + "\n".join(
            f"  {name}:\n    {getattr(self, name)}" for name in self.scope_names
        )


class _ClientIDURLScopeBuilder(ScopeBuilder):
    """
    A builder for a service whose resource server is a name but whose URL scopes are
    built on its client ID (Flows, Compute).
    """

    def __init__(
        self,
        resource_server: str,
        client_id: str,
        *,
        known_scopes: ScopeBuilderScopes = None,
        known_url_scopes: ScopeBuilderScopes = None,
    ) -> None:
        # set before registering, which calls url_scope_string
        self._client_id = client_id
        super().__init__(
            resource_server,
            known_scopes=known_scopes,
            known_url_scopes=known_url_scopes,
        )

    def url_scope_string(self, scope_name: str) -> str:
        return f"https://auth.globus.org/scopes/{self._client_id}/{scope_name}"


def _scopes_input_to_dict(items: ScopeBuilderScopes) -> dict[str, str]:
    """
    Normalize the accepted spellings into ``{attribute name: scope name}``::

        None                 => {}
        "name"               => {"name": "name"}
        ("attr", "name")     => {"attr": "name"}
        ["a", ("b", "c")]    => {"a": "a", "b": "c"}
    """
    if items is None:
        return {}
    if isinstance(items, str):
        return {items: items}
    if isinstance(items, tuple):
        return {items[0]: items[1]}
    result: dict[str, str] = {}
    for item in items:
        if isinstance(item, str):
            result[item] = item
        else:
            result[item[0]] = item[1]
    return result
