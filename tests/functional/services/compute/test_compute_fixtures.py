"""Every Compute client method has a ``_testing`` fixture set with a ``default`` case."""

from __future__ import annotations

import importlib
import inspect

import pytest

import globus_sdk
from globus_sdk._testing import ResponseSet

_BASE_METHODS = set(dir(globus_sdk.BaseClient))


def _methods(cls: type) -> list[str]:
    return sorted(
        name
        for name, value in vars(cls).items()
        if inspect.isfunction(value)
        and not name.startswith("_")
        and name not in _BASE_METHODS
    )


CASES = [("v2", m) for m in _methods(globus_sdk.ComputeClientV2)] + [
    ("v3", m) for m in _methods(globus_sdk.ComputeClientV3)
]


def test_method_lists():
    assert len(CASES) == 15 + 6


@pytest.mark.parametrize("version, method", CASES)
def test_fixture_set_exists(version, method):
    module = importlib.import_module(
        f"globus_sdk._testing.data.compute.{version}.{method}"
    )
    rset = module.RESPONSES
    assert isinstance(rset, ResponseSet)
    assert "default" in set(rset.cases())
    for response in rset:
        assert response.full_url.startswith(
            f"https://compute.api.globus.org/{version}/"
        )
    rset.activate_all()
