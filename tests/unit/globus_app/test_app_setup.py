"""Building apps: client info, storage, decoder, scope requirements, errors."""

from __future__ import annotations

import os
import typing as t

import pytest

import globus_sdk
from globus_sdk import ClientApp, GlobusApp, GlobusAppConfig, UserApp
from globus_sdk.login_flows import (
    CommandLineLoginFlowManager,
    LocalServerLoginFlowManager,
)
from globus_sdk.scopes import Scope
from globus_sdk.tokenstorage import (
    JSONTokenStorage,
    MemoryTokenStorage,
    SQLiteTokenStorage,
    TokenStorage,
    ValidatingTokenStorage,
)
from globus_sdk.tokenstorage.v2.validating_token_storage import (
    HasRefreshTokensValidator,
    NotExpiredValidator,
    ScopeRequirementsValidator,
    UnchangingIdentityIDValidator,
)
from unit.globus_app._fakes import (
    AUTH_RS,
    CONF_CLIENT_ID,
    CONF_CLIENT_SECRET,
    NATIVE_CLIENT_ID,
    TRANSFER_ALL,
    TRANSFER_RS,
    FakeIDTokenDecoder,
)

MEMORY = GlobusAppConfig(token_storage="memory", environment="production")


@pytest.fixture(autouse=True)
def _home(tmp_path: t.Any, monkeypatch: pytest.MonkeyPatch) -> None:
    # apps using file storages must not touch the real home directory
    monkeypatch.setenv("HOME", str(tmp_path))


def test_globus_app_is_abstract() -> None:
    with pytest.raises(TypeError):
        GlobusApp(client_id=NATIVE_CLIENT_ID)  # type: ignore[abstract]


def test_user_app_builds_a_native_client() -> None:
    app = UserApp("my app", client_id=NATIVE_CLIENT_ID, config=MEMORY)
    assert app.app_name == "my app"
    assert app.client_id == NATIVE_CLIENT_ID
    assert app.config is MEMORY
    assert isinstance(app._login_client, globus_sdk.NativeAppAuthClient)
    assert app._login_client.app_name == "my app"
    assert isinstance(app._login_flow_manager, CommandLineLoginFlowManager)


def test_user_app_with_a_secret_builds_a_confidential_client() -> None:
    config = GlobusAppConfig(
        token_storage="memory", login_redirect_uri="https://app.example.org/cb"
    )
    app = UserApp(
        client_id=CONF_CLIENT_ID, client_secret=CONF_CLIENT_SECRET, config=config
    )
    assert isinstance(app._login_client, globus_sdk.ConfidentialAppAuthClient)
    assert app.app_name == "Unnamed Globus App"


def test_user_app_confidential_command_line_needs_a_redirect_uri() -> None:
    with pytest.raises(globus_sdk.GlobusSDKUsageError, match="redirect_uri"):
        UserApp(
            client_id=CONF_CLIENT_ID, client_secret=CONF_CLIENT_SECRET, config=MEMORY
        )


def test_client_app_builds_a_confidential_client() -> None:
    app = ClientApp(
        "svc", client_id=CONF_CLIENT_ID, client_secret=CONF_CLIENT_SECRET, config=MEMORY
    )
    assert isinstance(app._login_client, globus_sdk.ConfidentialAppAuthClient)
    assert app.client_id == CONF_CLIENT_ID


def test_apps_accept_a_login_client() -> None:
    login_client = globus_sdk.NativeAppAuthClient(NATIVE_CLIENT_ID)
    app = UserApp(login_client=login_client, config=MEMORY)
    assert app._login_client is login_client
    assert app.client_id == NATIVE_CLIENT_ID

    confidential = globus_sdk.ConfidentialAppAuthClient(
        CONF_CLIENT_ID, CONF_CLIENT_SECRET
    )
    client_app = ClientApp(login_client=confidential, config=MEMORY)
    assert client_app._login_client is confidential


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({}, "One of client_id or login_client is required"),
        (
            {
                "client_id": NATIVE_CLIENT_ID,
                "login_client": globus_sdk.NativeAppAuthClient(NATIVE_CLIENT_ID),
            },
            "client_id and login_client",
        ),
        (
            {
                "client_secret": "s",
                "login_client": globus_sdk.NativeAppAuthClient(NATIVE_CLIENT_ID),
            },
            "client_secret and login_client",
        ),
        ({"login_client": "not a client"}, "login_client must be an AuthLoginClient"),
        ({"client_id": NATIVE_CLIENT_ID, "app_name": 3}, "app_name must be a string"),
        (
            {"client_id": NATIVE_CLIENT_ID, "config": {}},
            "config must be a GlobusAppConfig",
        ),
        (
            {"client_id": NATIVE_CLIENT_ID, "scope_requirements": ["openid"]},
            "scope_requirements must be a mapping",
        ),
        (
            {"client_id": NATIVE_CLIENT_ID, "scope_requirements": {"": "openid"}},
            "resource server names",
        ),
    ],
)
def test_invalid_user_app_parameters(kwargs: dict[str, t.Any], message: str) -> None:
    kwargs.setdefault("config", MEMORY)
    with pytest.raises(globus_sdk.GlobusSDKUsageError, match=message):
        UserApp(**kwargs)


def test_login_client_environment_must_match_the_config() -> None:
    login_client = globus_sdk.NativeAppAuthClient(
        NATIVE_CLIENT_ID, environment="sandbox"
    )
    with pytest.raises(globus_sdk.GlobusSDKUsageError, match="Environment Mismatch"):
        UserApp(login_client=login_client, config=MEMORY)


def test_client_app_refusals() -> None:
    with pytest.raises(globus_sdk.GlobusSDKUsageError, match="login_flow_manager"):
        ClientApp(
            client_id=CONF_CLIENT_ID,
            client_secret=CONF_CLIENT_SECRET,
            config=GlobusAppConfig(login_flow_manager="command-line"),
        )
    with pytest.raises(
        globus_sdk.GlobusSDKUsageError, match="ConfidentialAppAuthClient"
    ):
        ClientApp(
            login_client=globus_sdk.NativeAppAuthClient(NATIVE_CLIENT_ID),  # type: ignore[arg-type]
            config=MEMORY,
        )
    with pytest.raises(globus_sdk.GlobusSDKUsageError, match="client_secret"):
        ClientApp(client_id=CONF_CLIENT_ID, config=MEMORY)


# ---- token storage


@pytest.mark.parametrize(
    "name, storage_class",
    [
        ("json", JSONTokenStorage),
        ("sqlite", SQLiteTokenStorage),
        ("memory", MemoryTokenStorage),
    ],
)
def test_token_storage_by_name(
    name: str, storage_class: type[TokenStorage], tmp_path: t.Any
) -> None:
    app = UserApp(
        "Storage Test",
        client_id=NATIVE_CLIENT_ID,
        config=GlobusAppConfig(token_storage=name, environment="production"),  # type: ignore[arg-type]
    )
    assert isinstance(app.token_storage, ValidatingTokenStorage)
    inner = app.token_storage.token_storage
    assert isinstance(inner, storage_class)
    assert inner.namespace == "DEFAULT"
    if name != "memory":
        # the default location is under the (patched) home directory
        filepath = t.cast(t.Any, inner).filepath
        assert str(filepath).startswith(str(tmp_path))
        assert NATIVE_CLIENT_ID in str(filepath)
        assert os.path.basename(str(filepath)).startswith("tokens.")


def test_token_storage_instance_is_used_as_is() -> None:
    storage = MemoryTokenStorage(namespace="mine")
    app = UserApp(
        client_id=NATIVE_CLIENT_ID, config=GlobusAppConfig(token_storage=storage)
    )
    assert app.token_storage.token_storage is storage
    assert app.token_storage.namespace == "mine"


def test_token_storage_provider_is_called() -> None:
    calls: list[dict[str, t.Any]] = []

    class Provider:
        @classmethod
        def for_globus_app(cls, **kwargs: t.Any) -> TokenStorage:
            calls.append(kwargs)
            return MemoryTokenStorage(namespace=kwargs["namespace"])

    config = GlobusAppConfig(token_storage=Provider, environment="sandbox")
    login_client = globus_sdk.NativeAppAuthClient(
        NATIVE_CLIENT_ID, environment="sandbox"
    )
    app = UserApp("p", login_client=login_client, config=config)
    assert calls == [
        {
            "client_id": NATIVE_CLIENT_ID,
            "app_name": "p",
            "config": config,
            "namespace": "DEFAULT/sandbox",
        }
    ]
    assert app.token_storage.namespace == "DEFAULT/sandbox"


def test_token_storage_of_the_wrong_type() -> None:
    with pytest.raises(globus_sdk.GlobusSDKUsageError, match="token_storage must be"):
        UserApp(
            client_id=NATIVE_CLIENT_ID,
            config=GlobusAppConfig(token_storage=object()),  # type: ignore[arg-type]
        )


# ---- validators and factories


def _validator_types(app: GlobusApp) -> list[type]:
    return [type(v) for v in app.token_storage.validators]


def test_user_app_validators() -> None:
    app = UserApp(client_id=NATIVE_CLIENT_ID, config=MEMORY)
    assert _validator_types(app) == [
        ScopeRequirementsValidator,
        UnchangingIdentityIDValidator,
        NotExpiredValidator,
    ]
    refreshing = UserApp(
        client_id=NATIVE_CLIENT_ID,
        config=GlobusAppConfig(token_storage="memory", request_refresh_tokens=True),
    )
    assert _validator_types(refreshing) == [
        ScopeRequirementsValidator,
        UnchangingIdentityIDValidator,
        HasRefreshTokensValidator,
    ]


def test_client_app_validators() -> None:
    app = ClientApp(
        client_id=CONF_CLIENT_ID, client_secret=CONF_CLIENT_SECRET, config=MEMORY
    )
    assert _validator_types(app) == [ScopeRequirementsValidator]


def test_id_token_decoder_from_the_config() -> None:
    app = UserApp(client_id=NATIVE_CLIENT_ID, config=MEMORY)
    decoder = app.token_storage.id_token_decoder
    assert isinstance(decoder, globus_sdk.IDTokenDecoder)
    assert decoder.get_jwt_audience() == NATIVE_CLIENT_ID

    instance = FakeIDTokenDecoder(globus_sdk.NativeAppAuthClient(NATIVE_CLIENT_ID))
    app = UserApp(
        client_id=NATIVE_CLIENT_ID,
        config=GlobusAppConfig(token_storage="memory", id_token_decoder=instance),
    )
    assert app.token_storage.id_token_decoder is instance

    with pytest.raises(globus_sdk.GlobusSDKUsageError, match="id_token_decoder"):
        UserApp(
            client_id=NATIVE_CLIENT_ID,
            config=GlobusAppConfig(token_storage="memory", id_token_decoder=object()),  # type: ignore[arg-type]
        )


@pytest.mark.parametrize(
    "manager, expected",
    [
        (None, CommandLineLoginFlowManager),
        ("command-line", CommandLineLoginFlowManager),
        ("local-server", LocalServerLoginFlowManager),
        (LocalServerLoginFlowManager, LocalServerLoginFlowManager),
    ],
)
def test_login_flow_manager_resolution(manager: t.Any, expected: type) -> None:
    app = UserApp(
        "flows",
        client_id=NATIVE_CLIENT_ID,
        config=GlobusAppConfig(token_storage="memory", login_flow_manager=manager),
    )
    assert type(app._login_flow_manager) is expected
    assert app._login_flow_manager.login_client is app._login_client


def test_login_flow_manager_instance_and_wrong_type() -> None:
    login_client = globus_sdk.NativeAppAuthClient(NATIVE_CLIENT_ID)
    manager = CommandLineLoginFlowManager(login_client)
    app = UserApp(
        login_client=login_client,
        config=GlobusAppConfig(token_storage="memory", login_flow_manager=manager),
    )
    assert app._login_flow_manager is manager
    with pytest.raises(
        globus_sdk.GlobusSDKUsageError, match="login_flow_manager must be"
    ):
        UserApp(
            client_id=NATIVE_CLIENT_ID,
            config=GlobusAppConfig(token_storage="memory", login_flow_manager=42),  # type: ignore[arg-type]
        )


# ---- scope requirements


def test_scope_requirements_are_resolved_and_openid_is_required() -> None:
    app = UserApp(
        client_id=NATIVE_CLIENT_ID,
        scope_requirements={
            TRANSFER_RS: f"{TRANSFER_ALL}[*dep]",
            "other": [Scope("x"), "y z"],
        },
        config=MEMORY,
    )
    requirements = app.scope_requirements
    assert {rs: [str(s) for s in scopes] for rs, scopes in requirements.items()} == {
        TRANSFER_RS: [f"{TRANSFER_ALL}[*dep]"],
        "other": ["x", "y", "z"],
        AUTH_RS: ["openid"],
    }


def test_scope_requirements_property_is_a_copy() -> None:
    app = UserApp(
        client_id=NATIVE_CLIENT_ID, scope_requirements={"rs": "a"}, config=MEMORY
    )
    copied = app.scope_requirements
    copied["rs"][0].add_dependency(Scope("b"))
    copied["new"] = []
    assert [str(s) for s in app.scope_requirements["rs"]] == ["a"]
    assert "new" not in app.scope_requirements


def test_add_scope_requirements_extends_and_clears_cached_authorizers() -> None:
    app = UserApp(
        client_id=NATIVE_CLIENT_ID, scope_requirements={"rs": "a"}, config=MEMORY
    )
    cleared: list[tuple[str, ...]] = []
    original = app._authorizer_factory.clear_cache

    def spy(*resource_servers: str) -> None:
        cleared.append(resource_servers)
        original(*resource_servers)

    app._authorizer_factory.clear_cache = spy  # type: ignore[method-assign]
    app.add_scope_requirements({"rs": ["b", Scope("c")], "rs2": "d"})
    assert [str(s) for s in app.scope_requirements["rs"]] == ["a", "b", "c"]
    assert [str(s) for s in app.scope_requirements["rs2"]] == ["d"]
    assert cleared == [("rs", "rs2")]


def test_clients_register_their_scopes() -> None:
    app = UserApp(client_id=NATIVE_CLIENT_ID, config=MEMORY)
    transfer = globus_sdk.TransferClient(app=app)
    assert [str(s) for s in app.scope_requirements[TRANSFER_RS]] == [TRANSFER_ALL]
    transfer.add_app_scope("extra")
    assert [str(s) for s in app.scope_requirements[TRANSFER_RS]] == [
        TRANSFER_ALL,
        "extra",
    ]
    # the client's User-Agent names the app
    assert transfer.app_name == app.app_name


def test_repr_shows_no_secret() -> None:
    app = ClientApp(
        "svc", client_id=CONF_CLIENT_ID, client_secret=CONF_CLIENT_SECRET, config=MEMORY
    )
    assert repr(app) == f"ClientApp(app_name='svc', client_id='{CONF_CLIENT_ID}')"
    assert CONF_CLIENT_SECRET not in repr(app.__dict__)


def test_construction_makes_no_request() -> None:
    import responses

    UserApp(client_id=NATIVE_CLIENT_ID, config=MEMORY)
    ClientApp(client_id=CONF_CLIENT_ID, client_secret=CONF_CLIENT_SECRET, config=MEMORY)
    assert len(responses.calls) == 0
