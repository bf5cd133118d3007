"""The _testing fixtures of the Auth clients: every method has one, with the
documented case names and metadata keys."""

from __future__ import annotations

import importlib
import inspect
import json
import pathlib

import pytest

import globus_sdk
from globus_sdk._testing import ResponseSet, get_response_set

SPEC = pathlib.Path(__file__).parents[5] / "shared" / "spec" / "testing_metadata.json"
# methods which send no request have no fixture
NO_REQUEST = {"oauth2_start_flow", "oauth2_get_authorize_url"}
CLIENTS = [
    globus_sdk.AuthClient,
    globus_sdk.AuthLoginClient,
    globus_sdk.NativeAppAuthClient,
    globus_sdk.ConfidentialAppAuthClient,
]
BASE_METHODS = set(dir(globus_sdk.BaseClient))


def public_methods() -> list[tuple[type, str]]:
    found = []
    for cls in CLIENTS:
        for name, _member in inspect.getmembers(cls, inspect.isfunction):
            if name.startswith("_") or name in BASE_METHODS or name in NO_REQUEST:
                continue
            found.append((cls, name))
    return found


@pytest.mark.parametrize(
    "cls, name", public_methods(), ids=lambda x: getattr(x, "__name__", x)
)
def test_every_method_has_a_default_case(cls, name):
    rset = get_response_set(getattr(cls, name))
    assert isinstance(rset, ResponseSet)
    assert "default" in set(rset.cases())


def _documented_sets() -> dict:
    if not SPEC.exists():  # pragma: no cover - the spec lives beside the repository
        pytest.skip("testing_metadata.json is not available")
    data = json.loads(SPEC.read_text())["fixtures"]
    return {k: v for k, v in data.items() if k.startswith("auth.")}


def test_documented_cases_and_metadata_keys():
    for set_name, spec in _documented_sets().items():
        module = importlib.import_module(f"globus_sdk._testing.data.{set_name}")
        rset = module.RESPONSES
        for case, keys in spec["cases"].items():
            metadata = rset.lookup(case).metadata
            missing = set(keys) - set(metadata)
            assert not missing, f"{set_name}[{case}] lacks metadata {sorted(missing)}"
        for key in spec["set_metadata_keys"]:
            assert key in rset.metadata


def test_every_case_can_be_activated():
    data_dir = pathlib.Path(
        importlib.import_module("globus_sdk._testing.data.auth").__file__
    )
    for path in sorted(data_dir.parent.glob("[!_]*.py")):
        rset = get_response_set(f"auth.{path.stem}")
        rset.activate_all()
        for case in rset.cases():
            assert rset.lookup(case).metadata is not None
