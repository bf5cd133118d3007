"""``GlobusAppConfig``: the options of a ``GlobusApp``, and the names it accepts."""

from __future__ import annotations

import dataclasses
import typing as t

from globus_sdk.config import get_environment_name
from globus_sdk.exc import GlobusSDKUsageError
from globus_sdk.login_flows import (
    CommandLineLoginFlowManager,
    LocalServerLoginFlowManager,
    LoginFlowManager,
)
from globus_sdk.services.auth import IDTokenDecoder
from globus_sdk.tokenstorage import (
    JSONTokenStorage,
    MemoryTokenStorage,
    SQLiteTokenStorage,
    TokenStorage,
)
from globus_sdk.tokenstorage.v2.validating_token_storage import (
    IdentityValidationError,
    TokenValidationError,
)

from .protocols import (
    IDTokenDecoderProvider,
    LoginFlowManagerProvider,
    TokenStorageProvider,
    TokenValidationErrorHandler,
)

if t.TYPE_CHECKING:
    from .app import GlobusApp

#: the names accepted for ``login_flow_manager``
KnownLoginFlowManager = t.Literal["command-line", "local-server"]
KNOWN_LOGIN_FLOW_MANAGERS: dict[str, LoginFlowManagerProvider] = {
    "command-line": CommandLineLoginFlowManager,
    "local-server": LocalServerLoginFlowManager,
}

#: the names accepted for ``token_storage``
KnownTokenStorage = t.Literal["json", "sqlite", "memory"]
KNOWN_TOKEN_STORAGES: dict[str, TokenStorageProvider] = {
    "json": JSONTokenStorage,
    "sqlite": SQLiteTokenStorage,
    "memory": MemoryTokenStorage,
}


_P = t.TypeVar("_P")


def _choices(known: t.Mapping[str, t.Any]) -> str:
    return ", ".join(repr(name) for name in known)


def _known(option: str, name: str, known: t.Mapping[str, _P]) -> _P:
    """The entry ``name`` of ``known``; an unknown name is a usage error."""
    if name not in known:
        raise GlobusSDKUsageError(
            f"Unsupported {option}: {name!r}. Expected {_choices(known)}."
        )
    return known[name]


def _resolve_provider(
    option: str, kind: str, value: t.Any, known: t.Mapping[str, _P]
) -> _P:
    """
    The provider which ``value`` names (a key of ``known``) or is (an object with a
    ``for_globus_app`` method). ``kind`` describes an instance of what it provides,
    for the error message.
    """
    if isinstance(value, str) and known:
        return _known(option, value, known)
    if callable(getattr(value, "for_globus_app", None)):
        return t.cast("_P", value)
    accepted = [kind, "a provider of one (with a for_globus_app method)"]
    if known:
        accepted.append(f"one of {_choices(known)}")
    raise GlobusSDKUsageError(
        f"{option} must be {', '.join(accepted[:-1])} or {accepted[-1]}; "
        f"got {type(value).__name__}."
    )


def resolve_by_login_flow(app: GlobusApp, error: TokenValidationError) -> None:
    """
    The default ``token_validation_error_handler``: log in again (``app.login(
    force=True)``) when the stored tokens are missing, expired or lack required
    scopes. Identity errors (the tokens belong to someone else, or have no
    identity) are raised: another login cannot be assumed to fix them.

    :param app: the app whose tokens failed validation
    :param error: the validation error
    """
    if isinstance(error, IdentityValidationError):
        raise error
    app.login(force=True)


@dataclasses.dataclass(frozen=True)
class GlobusAppConfig:
    """
    The options of a :class:`GlobusApp` (immutable; use ``dataclasses.replace`` to
    derive a variant).

    :param login_flow_manager: how a ``UserApp`` logs users in: a
        ``LoginFlowManager``, a provider of one (a class with ``for_globus_app``), or
        a name: ``"command-line"`` (the default: print a URL, read the code) or
        ``"local-server"`` (open a browser, receive the redirect locally). A
        ``ClientApp`` must not set it.
    :param login_redirect_uri: the redirect URI of the command line login flow
        (default: Globus Auth's page which shows the code; a confidential client
        must set it). Not used when ``login_flow_manager`` is an instance.
    :param token_storage: where tokens are kept: a ``TokenStorage``, a provider of
        one, or a name: ``"json"`` (the default: a JSON file under
        ``~/.globus/app/<client_id>/<app_name>/``), ``"sqlite"`` (a SQLite database
        there) or ``"memory"`` (nothing persisted)
    :param request_refresh_tokens: request refresh tokens, so that access tokens
        are renewed without logging in again (``UserApp`` only)
    :param token_validation_error_handler: called when the stored tokens fail
        validation as an authorizer is requested; the default logs in again.
        ``None`` raises the error instead.
    :param id_token_decoder: the ``IDTokenDecoder`` (or a provider of one) which
        verifies the ID tokens of login responses
    :param environment: the Globus environment of the app (default: from
        ``GLOBUS_SDK_ENVIRONMENT``, else production)
    :raises GlobusSDKUsageError: if a name is not one of the known names
    """

    login_flow_manager: (
        KnownLoginFlowManager | LoginFlowManagerProvider | LoginFlowManager | None
    ) = None
    login_redirect_uri: str | None = None
    token_storage: KnownTokenStorage | TokenStorageProvider | TokenStorage = "json"
    request_refresh_tokens: bool = False
    token_validation_error_handler: TokenValidationErrorHandler | None = (
        resolve_by_login_flow
    )
    id_token_decoder: IDTokenDecoder | IDTokenDecoderProvider = IDTokenDecoder
    environment: str = dataclasses.field(default_factory=get_environment_name)

    def __post_init__(self) -> None:
        # a misspelt name fails here, where it was written, not at first login
        if isinstance(self.login_flow_manager, str):
            _known(
                "login_flow_manager", self.login_flow_manager, KNOWN_LOGIN_FLOW_MANAGERS
            )
        if isinstance(self.token_storage, str):
            _known("token_storage", self.token_storage, KNOWN_TOKEN_STORAGES)
        if not isinstance(self.request_refresh_tokens, bool):
            raise GlobusSDKUsageError(
                "request_refresh_tokens must be a bool, not "
                f"{type(self.request_refresh_tokens).__name__}."
            )
        if self.login_redirect_uri is not None and not isinstance(
            self.login_redirect_uri, str
        ):
            raise GlobusSDKUsageError("login_redirect_uri must be a string or None.")
        if self.token_validation_error_handler is not None and not callable(
            self.token_validation_error_handler
        ):
            raise GlobusSDKUsageError(
                "token_validation_error_handler must be callable or None."
            )


#: the configuration used when an app is given none
DEFAULT_CONFIG = GlobusAppConfig()
