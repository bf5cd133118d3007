"""
Authorizers: objects that produce the ``Authorization`` header of a client's requests.

::

    GlobusAuthorizer (abstract)
    ├── NullAuthorizer                  no header at all
    ├── StaticGlobusAuthorizer          one fixed header value
    │   ├── AccessTokenAuthorizer       "Bearer <token>"
    │   └── BasicAuthorizer             "Basic <base64(user:password)>"
    └── RenewingAuthorizer (abstract)   fetches a new access token when needed
        ├── RefreshTokenAuthorizer      ...with a refresh token
        └── ClientCredentialsAuthorizer ...with a confidential client's credentials

A client calls ``get_authorization_header()`` before each request and, when the service
answers 401, ``handle_missing_authorization()``; a True result means "retry once".
"""

from .access_token import AccessTokenAuthorizer
from .base import GlobusAuthorizer, NullAuthorizer, StaticGlobusAuthorizer
from .basic import BasicAuthorizer
from .client_credentials import ClientCredentialsAuthorizer
from .refresh_token import RefreshTokenAuthorizer
from .renewing import RenewingAuthorizer

__all__ = (
    "GlobusAuthorizer",
    "NullAuthorizer",
    "StaticGlobusAuthorizer",
    "BasicAuthorizer",
    "AccessTokenAuthorizer",
    "RenewingAuthorizer",
    "RefreshTokenAuthorizer",
    "ClientCredentialsAuthorizer",
)
