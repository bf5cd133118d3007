"""
Every `_testing` fixture set users' suites rely on exists, with its documented cases and
metadata keys (from ../shared/spec/testing_metadata.json, beside the repository), and every
public client method that sends a request has a set with a ``default`` case.
"""

from __future__ import annotations

import inspect
import json
import pathlib
import typing as t
import warnings

import pytest

import globus_sdk
from globus_sdk._testing import RegisteredResponse, ResponseList, get_response_set

SPEC = pathlib.Path(__file__).resolve().parents[4] / "shared" / "spec" / "testing_metadata.json"

CLIENTS: list[type[globus_sdk.BaseClient]] = [
    globus_sdk.AuthClient,
    globus_sdk.NativeAppAuthClient,
    globus_sdk.ConfidentialAppAuthClient,
    globus_sdk.TransferClient,
    globus_sdk.FlowsClient,
    globus_sdk.SpecificFlowClient,
    globus_sdk.GroupsClient,
    globus_sdk.SearchClient,
    globus_sdk.GCSClient,
    globus_sdk.TimersClient,
    globus_sdk.ComputeClientV2,
    globus_sdk.ComputeClientV3,
]
# public methods that build something locally and send no request
LOCAL_ONLY = {
    "oauth2_start_flow",
    "oauth2_get_authorize_url",
    "get_submission_id_url",
    "get_gcs_endpoint_scopes",
    "get_gcs_collection_scopes",
    "add_app_data_access_scope",
    "add_app_transfer_data_access_scope",
    "connector_id_to_name",
}


def documented_sets() -> dict[str, t.Any]:
    if not SPEC.exists():  # pragma: no cover - the spec lives beside the repository
        pytest.skip("testing_metadata.json is not available")
    fixtures: dict[str, t.Any] = json.loads(SPEC.read_text())["fixtures"]
    return fixtures


def test_every_documented_set_case_and_metadata_key() -> None:
    problems = []
    for set_name, spec in documented_sets().items():
        rset = get_response_set(set_name)
        for key in spec.get("set_metadata_keys", []):
            if key not in rset.metadata:
                problems.append(f"{set_name}: set metadata lacks {key!r}")
        for case, keys in spec["cases"].items():
            try:
                response = rset.lookup(case)
            except LookupError:
                problems.append(f"{set_name}: no case {case!r}")
                continue
            missing = set(keys) - set(response.metadata)
            if missing:
                problems.append(f"{set_name}[{case}]: metadata lacks {sorted(missing)}")
    assert problems == []


def client_methods() -> list[tuple[type[globus_sdk.BaseClient], str]]:
    base = set(dir(globus_sdk.BaseClient))
    return [
        (cls, name)
        for cls in CLIENTS
        for name, _ in inspect.getmembers(cls, inspect.isfunction)
        if not name.startswith("_") and name not in base and name not in LOCAL_ONLY
    ]


@pytest.mark.parametrize(
    ("cls", "name"), client_methods(), ids=lambda x: getattr(x, "__name__", str(x))
)
def test_every_client_method_has_a_default_case(cls: type, name: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # some methods are deprecated aliases
        rset = get_response_set(getattr(cls, name))
    default = rset.lookup("default")
    assert isinstance(default, (RegisteredResponse, ResponseList))
