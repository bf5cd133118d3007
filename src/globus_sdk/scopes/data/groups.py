from __future__ import annotations

from ..builder import ScopeBuilder

#: Globus Groups scopes (resource server ``groups.api.globus.org``)
GroupsScopes = ScopeBuilder(
    "groups.api.globus.org",
    known_scopes=["all", "view_my_groups_and_memberships"],
)
