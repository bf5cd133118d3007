"""The protocols through which a ``GlobusAppConfig`` names pluggable parts."""

from __future__ import annotations

import typing as t

if t.TYPE_CHECKING:
    import uuid

    from globus_sdk.login_flows import LoginFlowManager
    from globus_sdk.services.auth import AuthLoginClient, IDTokenDecoder
    from globus_sdk.tokenstorage import TokenStorage, TokenValidationError

    from .app import GlobusApp
    from .config import GlobusAppConfig


class TokenStorageProvider(t.Protocol):
    """
    Makes the token storage of a ``GlobusApp`` (``JSONTokenStorage``,
    ``SQLiteTokenStorage`` and ``MemoryTokenStorage`` are providers).
    """

    @classmethod
    def for_globus_app(
        cls,
        *,
        app_name: str,
        config: GlobusAppConfig,
        client_id: uuid.UUID | str,
        namespace: str,
    ) -> TokenStorage:
        """Make the token storage of the app ``app_name`` of client ``client_id``."""


class LoginFlowManagerProvider(t.Protocol):
    """
    Makes the login flow manager of a ``UserApp`` (``CommandLineLoginFlowManager``
    and ``LocalServerLoginFlowManager`` are providers).
    """

    @classmethod
    def for_globus_app(
        cls, *, app_name: str, config: GlobusAppConfig, login_client: AuthLoginClient
    ) -> LoginFlowManager:
        """Make the login flow manager of the app ``app_name``."""


class IDTokenDecoderProvider(t.Protocol):
    """Makes the ID token decoder of a ``GlobusApp`` (``IDTokenDecoder`` is one)."""

    @classmethod
    def for_globus_app(
        cls, *, app_name: str, config: GlobusAppConfig, login_client: AuthLoginClient
    ) -> IDTokenDecoder:
        """Make the ID token decoder of the app ``app_name``."""


class TokenValidationErrorHandler(t.Protocol):
    """
    Called by a ``GlobusApp`` when the stored tokens fail validation as an
    authorizer is requested (missing, expired, or lacking required scopes). It may
    fix the situation (typically by logging in) or raise; the app then tries once
    more.
    """

    def __call__(self, app: GlobusApp, error: TokenValidationError) -> None:
        """Handle ``error``, raised while ``app`` looked up its tokens."""
