"""The local Globus Connect Personal endpoint."""

from .endpoint import LocalGlobusConnectPersonal
from .owner_info import GlobusConnectPersonalOwnerInfo

__all__ = ("LocalGlobusConnectPersonal", "GlobusConnectPersonalOwnerInfo")
