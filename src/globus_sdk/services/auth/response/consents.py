from __future__ import annotations

import typing as t

from globus_sdk.response import IterableResponse

if t.TYPE_CHECKING:
    from globus_sdk.scopes.consents import ConsentForest


class GetConsentsResponse(IterableResponse):
    """The response of ``get_consents``; iterating yields the consent records."""

    default_iter_key = "consents"

    def to_forest(self) -> ConsentForest:
        """
        The consents as a :class:`~globus_sdk.scopes.consents.ConsentForest`, to check
        them against scope requirements.
        """
        from globus_sdk.scopes.consents import ConsentForest

        return ConsentForest(self.get("consents") or [])
