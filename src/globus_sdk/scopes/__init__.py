"""
Scopes: parse, build and serialize the scope strings that Globus Auth grants.

- :class:`Scope` parses (``Scope.parse("foo[bar *baz]")``) and serializes scope trees;
  :class:`MutableScope` is the older, string-only variant.
- :class:`ScopeBuilder` and the ``*Scopes`` objects name each service's scope strings.
- :func:`scopes_to_str` / :func:`scopes_to_scope_list` normalize any collection of
  scopes.
- :mod:`globus_sdk.scopes.consents` models a user's consents and checks them against
  scope requirements.
"""

from ._normalize import scopes_to_scope_list, scopes_to_str
from .builder import ScopeBuilder
from .data import (
    AuthScopes,
    ComputeScopes,
    FlowsScopes,
    GCSCollectionScopeBuilder,
    GCSEndpointScopeBuilder,
    GroupsScopes,
    NexusScopes,
    SearchScopes,
    SpecificFlowScopeBuilder,
    TimersScopes,
    TransferScopes,
)
from .errors import ScopeCycleError, ScopeParseError
from .representation import Scope
from .scope_definition import MutableScope

#: the former name of :data:`TimersScopes`
TimerScopes = TimersScopes

__all__ = (
    "AuthScopes",
    "ComputeScopes",
    "FlowsScopes",
    "GCSCollectionScopeBuilder",
    "GCSEndpointScopeBuilder",
    "GroupsScopes",
    "MutableScope",
    "NexusScopes",
    "Scope",
    "ScopeBuilder",
    "ScopeCycleError",
    "ScopeParseError",
    "SearchScopes",
    "SpecificFlowScopeBuilder",
    "TimerScopes",
    "TimersScopes",
    "TransferScopes",
    "scopes_to_scope_list",
    "scopes_to_str",
)
