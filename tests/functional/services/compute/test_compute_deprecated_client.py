"""The deprecated ComputeClient: an alias of ComputeClientV2 that warns on import."""

from __future__ import annotations

import importlib

import pytest

import globus_sdk
from globus_sdk._testing import load_response
from globus_sdk.exc import RemovedInV4Warning


def test_import_warns_and_gives_a_v2_client(last_request):
    module = importlib.import_module("globus_sdk.services.compute.deprecated_client")
    with pytest.warns(RemovedInV4Warning, match="ComputeClientV2"):
        from globus_sdk.services.compute.deprecated_client import ComputeClient
    assert issubclass(ComputeClient, globus_sdk.ComputeClientV2)
    assert module.__all__ == ("ComputeClient",)

    meta = load_response(globus_sdk.ComputeClientV2.get_task).metadata
    client = ComputeClient(authorizer=globus_sdk.AccessTokenAuthorizer("mytoken"))
    assert client.get_task(meta["task_id"])["task_id"] == meta["task_id"]
    assert last_request().url == (
        f"https://compute.api.globus.org/v2/tasks/{meta['task_id']}"
    )


def test_every_access_warns_and_gives_the_same_class():
    module = importlib.import_module("globus_sdk.services.compute.deprecated_client")
    with pytest.warns(RemovedInV4Warning):
        first = module.ComputeClient
    with pytest.warns(RemovedInV4Warning):
        second = module.ComputeClient
    assert first is second


def test_unknown_names_raise_attribute_error():
    module = importlib.import_module("globus_sdk.services.compute.deprecated_client")
    with pytest.raises(AttributeError):
        module.NotAClient  # noqa: B018


def test_compute_package_does_not_export_the_old_name():
    import globus_sdk.services.compute as compute

    assert "ComputeClient" not in compute.__all__
