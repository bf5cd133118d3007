from __future__ import annotations

from globus_sdk.response import IterableResponse


class GetPoliciesResponse(IterableResponse):
    """The response of ``get_policies``; iterating yields the policies."""

    default_iter_key = "policies"
