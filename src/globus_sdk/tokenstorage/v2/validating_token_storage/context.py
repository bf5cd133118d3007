"""The context handed to token data validators."""

from __future__ import annotations

import dataclasses


@dataclasses.dataclass
class TokenValidationContext:
    """
    What a :class:`TokenDataValidator` knows besides the token data itself.

    :ivar prior_identity_id: the identity ID of the data stored before this operation
        (``None`` if unknown)
    :ivar token_data_identity_id: the identity ID of the token data being validated
        (``None`` if it has none)
    """

    prior_identity_id: str | None
    token_data_identity_id: str | None
