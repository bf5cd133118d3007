from __future__ import annotations

import importlib

import pytest

import globus_sdk.globus_app
import globus_sdk.login_flows
from globus_sdk.exc import RemovedInV4Warning


@pytest.mark.parametrize(
    "name",
    [
        "GlobusApp",
        "UserApp",
        "ClientApp",
        "GlobusAppConfig",
        "TokenValidationErrorHandler",
    ],
)
def test_experimental_globus_app_aliases_warn(name: str) -> None:
    module = importlib.import_module("globus_sdk.experimental.globus_app")
    with pytest.warns(RemovedInV4Warning, match="globus_sdk.globus_app"):
        value = getattr(module, name)
    assert value is getattr(globus_sdk.globus_app, name)


@pytest.mark.parametrize(
    "name",
    ["LoginFlowManager", "CommandLineLoginFlowManager", "LocalServerLoginFlowManager"],
)
def test_experimental_login_flow_manager_aliases_warn(name: str) -> None:
    module = importlib.import_module("globus_sdk.experimental.login_flow_manager")
    with pytest.warns(RemovedInV4Warning, match="globus_sdk.login_flows"):
        value = getattr(module, name)
    assert value is getattr(globus_sdk.login_flows, name)


@pytest.mark.parametrize(
    "module_name",
    [
        "globus_sdk.experimental.globus_app",
        "globus_sdk.experimental.login_flow_manager",
    ],
)
def test_aliases_list_their_names_and_refuse_others(module_name: str) -> None:
    module = importlib.import_module(module_name)
    assert set(module.__all__) <= set(dir(module))
    with pytest.raises(AttributeError):
        module.NotAThing  # noqa: B018


def test_public_exports() -> None:
    import globus_sdk

    assert globus_sdk.UserApp is globus_sdk.globus_app.UserApp
    assert globus_sdk.ClientApp is globus_sdk.globus_app.ClientApp
    assert globus_sdk.GlobusApp is globus_sdk.globus_app.GlobusApp
    assert globus_sdk.GlobusAppConfig is globus_sdk.globus_app.GlobusAppConfig
    for module in (globus_sdk.globus_app, globus_sdk.login_flows):
        for name in module.__all__:
            assert getattr(module, name)
