from __future__ import annotations

from globus_sdk.response import IterableResponse


class GetClientsResponse(IterableResponse):
    """The response of ``get_clients``; iterating yields the clients."""

    default_iter_key = "clients"
