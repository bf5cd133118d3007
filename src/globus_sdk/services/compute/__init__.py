"""
The Globus Compute API: ``ComputeClientV2``, ``ComputeClientV3`` and the function
document helpers. (The deprecated ``ComputeClient`` lives in ``deprecated_client``.)
"""

from .client import ComputeClientV2, ComputeClientV3
from .data import ComputeFunctionDocument, ComputeFunctionMetadata
from .errors import ComputeAPIError

__all__ = (
    "ComputeAPIError",
    "ComputeClientV2",
    "ComputeClientV3",
    "ComputeFunctionDocument",
    "ComputeFunctionMetadata",
)
