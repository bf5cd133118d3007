"""
A user's consents, arranged as a forest, and checks of scope requirements against it.

Load them from the Auth ``get_consents`` response:
``ConsentForest(auth_client.get_consents(identity_id))``.
"""

from ._errors import ConsentParseError, ConsentTreeConstructionError
from ._model import Consent, ConsentForest, ConsentTree

__all__ = (
    "Consent",
    "ConsentForest",
    "ConsentParseError",
    "ConsentTree",
    "ConsentTreeConstructionError",
)
