from __future__ import annotations

from ..builder import ScopeBuilder

#: Globus Search scopes (resource server ``search.api.globus.org``)
SearchScopes = ScopeBuilder(
    "search.api.globus.org",
    known_scopes=["all", "globus_connect_server", "ingest", "search"],
)
