"""The local server login flow: a browser login whose redirect a local server receives."""

from .errors import LocalServerEnvironmentalLoginError, LocalServerLoginError
from .local_server_login_flow_manager import LocalServerLoginFlowManager

__all__ = (
    "LocalServerLoginFlowManager",
    "LocalServerLoginError",
    "LocalServerEnvironmentalLoginError",
)
