from __future__ import annotations

from ..builder import _ClientIDURLScopeBuilder


class _ComputeScopeBuilder(_ClientIDURLScopeBuilder):
    """Compute's resource server is a name, its URL scopes use its client ID."""


#: Globus Compute scopes (resource server ``funcx_service``)
ComputeScopes = _ComputeScopeBuilder(
    "funcx_service",
    "facd7ccc-c5f4-42aa-916b-a0e270e2c2a9",
    known_url_scopes=["all"],
)
