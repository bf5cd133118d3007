"""Every GCSClient method has a ``_testing`` fixture set with a ``default`` case."""

from __future__ import annotations

import inspect

import pytest

import globus_sdk
from globus_sdk._testing import get_response_set, load_response_set

_BASE_METHODS = set(dir(globus_sdk.BaseClient))
_NOT_HTTP = {
    "connector_id_to_name",
    "get_gcs_collection_scopes",
    "get_gcs_endpoint_scopes",
}
METHODS = sorted(
    name
    for name, value in vars(globus_sdk.GCSClient).items()
    if inspect.isfunction(value)
    and not name.startswith("_")
    and name not in _BASE_METHODS
    and name not in _NOT_HTTP
)


def test_method_list_is_complete():
    assert len(METHODS) == 22


@pytest.mark.parametrize("method", METHODS)
def test_fixture_set_exists(method):
    rset = get_response_set(getattr(globus_sdk.GCSClient, method))
    assert rset is get_response_set(f"globus_connect_server.{method}")
    assert "default" in set(rset.cases())
    for response in rset:
        assert response.full_url.startswith("https://abc.xyz.data.globus.org/api/")


@pytest.mark.parametrize("method", METHODS)
def test_every_case_can_be_active_at_once(method):
    import responses

    rset = load_response_set(f"globus_connect_server.{method}")
    # every case is registered on responses (a list case registers each of its entries)
    assert len(responses.registered()) >= len(list(rset.cases()))
