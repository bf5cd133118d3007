"""The Globus Transfer client, its payload helpers, responses and error."""

from .client import TransferClient
from .data import DeleteData, TransferData
from .errors import TransferAPIError
from .response import ActivationRequirementsResponse, IterableTransferResponse

__all__ = (
    "TransferClient",
    "TransferData",
    "DeleteData",
    "TransferAPIError",
    "ActivationRequirementsResponse",
    "IterableTransferResponse",
)
