from .authorization_code import GlobusAuthorizationCodeFlowManager
from .base import GlobusOAuthFlowManager
from .native_app import GlobusNativeAppFlowManager

__all__ = (
    "GlobusAuthorizationCodeFlowManager",
    "GlobusNativeAppFlowManager",
    "GlobusOAuthFlowManager",
)
