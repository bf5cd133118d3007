from __future__ import annotations

from globus_sdk.response import IterableResponse


class GetIdentitiesResponse(IterableResponse):
    """The response of ``get_identities``; iterating yields the identity records."""

    default_iter_key = "identities"


class GetIdentityProvidersResponse(IterableResponse):
    """The response of ``get_identity_providers``; iterating yields the providers."""

    default_iter_key = "identity_providers"
