"""
The Globus Auth service: clients, login flows, token responses, ID token
verification and identity lookups.

::

    BaseClient
    ├── AuthClient                  the Auth API (identities, consents, projects...)
    └── AuthLoginClient             OAuth2 endpoints, as an application
        ├── NativeAppAuthClient     no secret; PKCE login flow
        └── ConfidentialAppAuthClient  client ID + secret (HTTP Basic)
"""

from .client import (
    AuthClient,
    AuthLoginClient,
    ConfidentialAppAuthClient,
    NativeAppAuthClient,
)
from .data import DependentScopeSpec
from .errors import AuthAPIError
from .flow_managers import (
    GlobusAuthorizationCodeFlowManager,
    GlobusNativeAppFlowManager,
)
from .id_token_decoder import IDTokenDecoder
from .identity_map import IdentityMap
from .response import (
    GetConsentsResponse,
    GetIdentitiesResponse,
    OAuthAuthorizationCodeResponse,
    OAuthClientCredentialsResponse,
    OAuthDependentTokenResponse,
    OAuthRefreshTokenResponse,
    OAuthTokenResponse,
)

__all__ = (
    "AuthAPIError",
    "AuthClient",
    "AuthLoginClient",
    "ConfidentialAppAuthClient",
    "DependentScopeSpec",
    "GetConsentsResponse",
    "GetIdentitiesResponse",
    "GlobusAuthorizationCodeFlowManager",
    "GlobusNativeAppFlowManager",
    "IDTokenDecoder",
    "IdentityMap",
    "NativeAppAuthClient",
    "OAuthAuthorizationCodeResponse",
    "OAuthClientCredentialsResponse",
    "OAuthDependentTokenResponse",
    "OAuthRefreshTokenResponse",
    "OAuthTokenResponse",
)
