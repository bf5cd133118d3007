from __future__ import annotations

from globus_sdk.response import IterableResponse


class GetScopesResponse(IterableResponse):
    """The response of ``get_scopes``; iterating yields the scopes."""

    default_iter_key = "scopes"
