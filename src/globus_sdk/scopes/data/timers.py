from __future__ import annotations

from ..builder import ScopeBuilder

#: Globus Timers scopes (resource server ``524230d7-ea86-4a52-8312-86065a9e0417``)
TimersScopes = ScopeBuilder(
    "524230d7-ea86-4a52-8312-86065a9e0417",
    known_url_scopes=["timer"],
)
