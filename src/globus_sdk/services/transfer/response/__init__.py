"""Response classes of the Transfer client."""

from .activation import ActivationRequirementsResponse
from .iterable import IterableTransferResponse

__all__ = ("ActivationRequirementsResponse", "IterableTransferResponse")
