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
    # set by ValidatingTokenStorage when the data comes from a refresh response: a
    # refresh grants nothing new, so a validator may keep what it cached about the
    # grant (the ScopeRequirementsValidator keeps the consents it read)
    _from_refresh: bool = dataclasses.field(
        default=False, init=False, repr=False, compare=False
    )
