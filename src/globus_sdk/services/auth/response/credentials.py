from __future__ import annotations

from globus_sdk.response import IterableResponse


class GetClientCredentialsResponse(IterableResponse):
    """The response of ``get_client_credentials``; iterating yields the credentials."""

    default_iter_key = "credentials"
