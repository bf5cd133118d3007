from __future__ import annotations

import typing as t

from ..builder import ScopeBuilder


class _AuthScopesBuilder(ScopeBuilder):
    # the OpenID Connect scopes are plain names, not URNs or URLs
    _classattr_scope_names: t.ClassVar[list[str]] = ["openid", "email", "profile"]

    openid: str = "openid"
    email: str = "email"
    profile: str = "profile"


#: Globus Auth scopes (resource server ``auth.globus.org``)
AuthScopes = _AuthScopesBuilder(
    "auth.globus.org",
    known_scopes=[
        "manage_projects",
        "view_authentications",
        "view_clients",
        "view_clients_and_scopes",
        "view_consents",
        "view_identities",
        "view_identity_set",
    ],
)
