from __future__ import annotations

from ..builder import ScopeBuilder

#: Globus Transfer scopes (resource server ``transfer.api.globus.org``)
TransferScopes = ScopeBuilder(
    "transfer.api.globus.org",
    known_scopes=["all", "gcp_install"],
)
