"""Helpers shared by the Auth clients and flow managers."""

from __future__ import annotations

import typing as t
import urllib.parse

from globus_sdk import exc, utils
from globus_sdk.scopes import scopes_to_str

if t.TYPE_CHECKING:
    from globus_sdk._types import ScopeCollectionType

#: the scopes requested when a flow or grant is given none
DEFAULT_REQUESTED_SCOPES: tuple[str, ...] = (
    "openid",
    "profile",
    "email",
    "urn:globus:auth:scope:transfer.api.globus.org:all",
)


def requested_scopes_string(requested_scopes: ScopeCollectionType | None) -> str:
    """The space-separated scope string to request (the defaults for ``None``)."""
    if requested_scopes is None:
        return " ".join(DEFAULT_REQUESTED_SCOPES)
    scope_string = scopes_to_str(requested_scopes)
    if not scope_string:
        raise exc.GlobusSDKUsageError(
            "requested_scopes is empty; request at least one scope (or pass None for "
            "the defaults)"
        )
    return scope_string


def authorize_url(base_url: str, params: dict[str, t.Any]) -> str:
    """The authorize endpoint URL of ``base_url`` with ``params`` as its query."""
    url = utils.slash_join(base_url, "/v2/oauth2/authorize")
    query = urllib.parse.urlencode({k: v for k, v in params.items() if v is not None})
    return f"{url}?{query}"
