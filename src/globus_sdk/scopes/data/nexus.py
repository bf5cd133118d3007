from __future__ import annotations

from ..builder import ScopeBuilder

#: the legacy Nexus scopes (resource server ``nexus.api.globus.org``)
NexusScopes = ScopeBuilder("nexus.api.globus.org", known_scopes=["groups"])
