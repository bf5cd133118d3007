"""The local Globus Connect Server endpoint."""

from .endpoint import LocalGlobusConnectServer

__all__ = ("LocalGlobusConnectServer",)
