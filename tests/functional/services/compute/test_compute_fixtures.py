"""Every Compute client method has a ``_testing`` fixture set with a ``default`` case."""

from __future__ import annotations

import inspect

import pytest

import globus_sdk
from globus_sdk._testing import ResponseSet, get_response_set

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
    client_class = {"v2": globus_sdk.ComputeClientV2, "v3": globus_sdk.ComputeClientV3}
    rset = get_response_set(f"compute.{version}.{method}")
    assert isinstance(rset, ResponseSet)
    # load_response(client.method) finds the set of the client's version
    assert get_response_set(getattr(client_class[version], method)) is rset
    assert get_response_set(getattr(client_class[version](), method)) is rset
    assert "default" in set(rset.cases())
    for response in rset:
        assert response.full_url.startswith(
            f"https://compute.api.globus.org/{version}/"
        )
    rset.activate_all()
