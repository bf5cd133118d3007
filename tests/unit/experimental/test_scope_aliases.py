from __future__ import annotations

import importlib

import pytest

import globus_sdk.scopes
import globus_sdk.scopes.consents
from globus_sdk.exc import RemovedInV4Warning

ALIASES = [
    ("globus_sdk.experimental.scope_parser", globus_sdk.scopes, "Scope"),
    ("globus_sdk.experimental.scope_parser", globus_sdk.scopes, "ScopeParseError"),
    ("globus_sdk.experimental.scope_parser", globus_sdk.scopes, "ScopeCycleError"),
    ("globus_sdk.experimental.consents", globus_sdk.scopes.consents, "Consent"),
    ("globus_sdk.experimental.consents", globus_sdk.scopes.consents, "ConsentForest"),
    ("globus_sdk.experimental.consents", globus_sdk.scopes.consents, "ConsentTree"),
    (
        "globus_sdk.experimental.consents",
        globus_sdk.scopes.consents,
        "ConsentParseError",
    ),
    (
        "globus_sdk.experimental.consents",
        globus_sdk.scopes.consents,
        "ConsentTreeConstructionError",
    ),
]


@pytest.mark.parametrize("module_name, target, name", ALIASES)
def test_alias_warns_and_gives_the_same_object(
    module_name: str, target: object, name: str
) -> None:
    module = importlib.import_module(module_name)
    with pytest.warns(RemovedInV4Warning, match="deprecated"):
        value = getattr(module, name)
    assert value is getattr(target, name)
    # every access warns (nothing is cached on the alias module)
    with pytest.warns(RemovedInV4Warning):
        getattr(module, name)


def test_from_import_warns() -> None:
    with pytest.warns(RemovedInV4Warning, match="globus_sdk.scopes"):
        from globus_sdk.experimental.scope_parser import Scope
    assert Scope is globus_sdk.scopes.Scope
    with pytest.warns(RemovedInV4Warning, match="globus_sdk.scopes.consents"):
        from globus_sdk.experimental.consents import ConsentForest
    assert ConsentForest is globus_sdk.scopes.consents.ConsentForest


@pytest.mark.parametrize(
    "module_name",
    ["globus_sdk.experimental.scope_parser", "globus_sdk.experimental.consents"],
)
def test_alias_module_all_and_unknown_names(module_name: str) -> None:
    module = importlib.import_module(module_name)
    assert set(module.__all__) <= set(dir(module))
    with pytest.raises(AttributeError):
        module.MutableScope  # noqa: B018
