from __future__ import annotations

import dataclasses

import pytest

import globus_sdk
from globus_sdk.globus_app import GlobusAppConfig
from globus_sdk.globus_app.config import (
    DEFAULT_CONFIG,
    KNOWN_LOGIN_FLOW_MANAGERS,
    KNOWN_TOKEN_STORAGES,
    resolve_by_login_flow,
)
from globus_sdk.login_flows import (
    CommandLineLoginFlowManager,
    LocalServerLoginFlowManager,
)
from globus_sdk.tokenstorage import (
    JSONTokenStorage,
    MemoryTokenStorage,
    SQLiteTokenStorage,
)
from globus_sdk.tokenstorage.v2.validating_token_storage import (
    ExpiredTokenError,
    IdentityMismatchError,
    MissingIdentityError,
    MissingTokenError,
    UnmetScopeRequirementsError,
)


def test_defaults(clean_environ: None) -> None:
    config = GlobusAppConfig()
    assert config.login_flow_manager is None
    assert config.login_redirect_uri is None
    assert config.token_storage == "json"
    assert config.request_refresh_tokens is False
    assert config.token_validation_error_handler is resolve_by_login_flow
    assert config.id_token_decoder is globus_sdk.IDTokenDecoder
    assert config.environment == "production"


def test_environment_default_comes_from_the_environment_variable(
    clean_environ: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GLOBUS_SDK_ENVIRONMENT", "sandbox")
    assert GlobusAppConfig().environment == "sandbox"
    assert GlobusAppConfig(environment="preview").environment == "preview"


def test_config_is_frozen_and_a_value() -> None:
    config = GlobusAppConfig(token_storage="memory", environment="production")
    with pytest.raises(dataclasses.FrozenInstanceError):
        config.token_storage = "json"  # type: ignore[misc]
    assert config == GlobusAppConfig(token_storage="memory", environment="production")
    assert "token_storage='memory'" in repr(config)
    derived = dataclasses.replace(config, request_refresh_tokens=True)
    assert derived.request_refresh_tokens and derived.token_storage == "memory"
    assert isinstance(DEFAULT_CONFIG, GlobusAppConfig)


def test_known_names() -> None:
    assert dict(KNOWN_TOKEN_STORAGES) == {  # type: ignore[comparison-overlap]
        "json": JSONTokenStorage,
        "sqlite": SQLiteTokenStorage,
        "memory": MemoryTokenStorage,
    }
    assert dict(KNOWN_LOGIN_FLOW_MANAGERS) == {  # type: ignore[comparison-overlap]
        "command-line": CommandLineLoginFlowManager,
        "local-server": LocalServerLoginFlowManager,
    }


def test_unknown_token_storage_name_is_refused_with_the_choices() -> None:
    with pytest.raises(globus_sdk.GlobusSDKUsageError) as excinfo:
        GlobusAppConfig(token_storage="jsno")  # type: ignore[arg-type]
    message = str(excinfo.value)
    assert "'jsno'" in message
    assert "'json', 'sqlite', 'memory'" in message


def test_unknown_login_flow_manager_name_is_refused() -> None:
    with pytest.raises(globus_sdk.GlobusSDKUsageError, match="'command-line'"):
        GlobusAppConfig(login_flow_manager="browser")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"request_refresh_tokens": "yes"}, "request_refresh_tokens must be a bool"),
        ({"login_redirect_uri": 42}, "login_redirect_uri must be a string"),
        ({"token_validation_error_handler": "login"}, "must be callable"),
    ],
)
def test_option_types_are_checked(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(globus_sdk.GlobusSDKUsageError, match=message):
        GlobusAppConfig(**kwargs)  # type: ignore[arg-type]


def test_error_handler_may_be_disabled() -> None:
    assert GlobusAppConfig(token_validation_error_handler=None)


class FakeApp:
    def __init__(self) -> None:
        self.logins: list[bool] = []

    def login(self, *, force: bool = False) -> None:
        self.logins.append(force)


@pytest.mark.parametrize(
    "error",
    [
        MissingTokenError("missing", resource_server="rs"),
        ExpiredTokenError(0),
        UnmetScopeRequirementsError("unmet", scope_requirements={}),
    ],
)
def test_resolve_by_login_flow_logs_in_again(error: Exception) -> None:
    app = FakeApp()
    resolve_by_login_flow(app, error)  # type: ignore[arg-type]
    assert app.logins == [True]


@pytest.mark.parametrize(
    "error",
    [
        IdentityMismatchError("changed", stored_id="a", new_id="b"),
        MissingIdentityError("no identity"),
    ],
)
def test_resolve_by_login_flow_raises_identity_errors(error: Exception) -> None:
    app = FakeApp()
    with pytest.raises(type(error)):
        resolve_by_login_flow(app, error)  # type: ignore[arg-type]
    assert app.logins == []
