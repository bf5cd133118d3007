"""
``GlobusApp``: manage an application's tokens for its service clients.

::

    GlobusApp (abstract)
    ├── UserApp     a user logs in (login flow); tokens are the user's
    └── ClientApp   a confidential client acts as itself (client credentials)

Create an app, then pass it to service clients (``TransferClient(app=app)``): each
client registers its scope requirements with the app and gets its authorizer from
it; the app logs in when the stored tokens do not meet the requirements.
:class:`GlobusAppConfig` selects the token storage, the login flow, refresh tokens,
the error handling and the environment.
"""

from .app import GlobusApp
from .client_app import ClientApp
from .config import GlobusAppConfig
from .protocols import (
    IDTokenDecoderProvider,
    LoginFlowManagerProvider,
    TokenStorageProvider,
    TokenValidationErrorHandler,
)
from .user_app import UserApp

__all__ = (
    "GlobusApp",
    "UserApp",
    "ClientApp",
    "GlobusAppConfig",
    "TokenValidationErrorHandler",
    "TokenStorageProvider",
    "LoginFlowManagerProvider",
    "IDTokenDecoderProvider",
)
