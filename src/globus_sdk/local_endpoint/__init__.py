"""
Globus endpoints installed on this machine: Globus Connect Personal and Globus Connect
Server. These read local files; they do not talk to Globus services.
"""

from .personal import GlobusConnectPersonalOwnerInfo, LocalGlobusConnectPersonal
from .server import LocalGlobusConnectServer

__all__ = (
    "LocalGlobusConnectPersonal",
    "GlobusConnectPersonalOwnerInfo",
    "LocalGlobusConnectServer",
)
