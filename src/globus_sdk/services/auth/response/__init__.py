from .clients import GetClientsResponse
from .consents import GetConsentsResponse
from .credentials import GetClientCredentialsResponse
from .identities import GetIdentitiesResponse, GetIdentityProvidersResponse
from .oauth import (
    OAuthAuthorizationCodeResponse,
    OAuthClientCredentialsResponse,
    OAuthDependentTokenResponse,
    OAuthRefreshTokenResponse,
    OAuthTokenResponse,
)
from .policies import GetPoliciesResponse
from .projects import GetProjectsResponse
from .scopes import GetScopesResponse

__all__ = (
    "GetClientCredentialsResponse",
    "GetClientsResponse",
    "GetConsentsResponse",
    "GetIdentitiesResponse",
    "GetIdentityProvidersResponse",
    "GetPoliciesResponse",
    "GetProjectsResponse",
    "GetScopesResponse",
    "OAuthAuthorizationCodeResponse",
    "OAuthClientCredentialsResponse",
    "OAuthDependentTokenResponse",
    "OAuthRefreshTokenResponse",
    "OAuthTokenResponse",
)
