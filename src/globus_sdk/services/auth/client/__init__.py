from .base_login_client import AuthLoginClient
from .confidential_client import ConfidentialAppAuthClient
from .native_client import NativeAppAuthClient
from .service_client import AuthClient

__all__ = (
    "AuthClient",
    "AuthLoginClient",
    "ConfidentialAppAuthClient",
    "NativeAppAuthClient",
)
