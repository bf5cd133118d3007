"""TransferClient as a whole: its declared attributes, scopes, errors and retries."""

from __future__ import annotations

import typing as t

import pytest
import responses

import globus_sdk
from globus_sdk.scopes import Scope, TransferScopes
from globus_sdk.services.transfer.transport import TransferRequestsTransport

from .conftest import BASE

ENDPOINT_ID = "aa752cea-8222-5bc8-acd9-555b090c0ccb"
COLL_1 = "c0c0c0c0-0000-4000-8000-000000000001"
COLL_2 = "c0c0c0c0-0000-4000-8000-000000000002"


class FakeApp:
    """Just enough of a GlobusApp to record the scope requirements a client adds."""

    app_name = "transfer-test-app"

    def __init__(self) -> None:
        self.requirements: dict[str, list[Scope]] = {}

    def add_scope_requirements(self, reqs: dict[str, list[Scope]]) -> None:
        for rs, scopes in reqs.items():
            self.requirements.setdefault(rs, []).extend(scopes)

    def get_authorizer(self, resource_server: str) -> globus_sdk.AccessTokenAuthorizer:
        return globus_sdk.AccessTokenAuthorizer("app-token")


def test_class_attributes():
    assert globus_sdk.TransferClient.service_name == "transfer"
    assert globus_sdk.TransferClient.base_path == "/v0.10/"
    assert globus_sdk.TransferClient.error_class is globus_sdk.TransferAPIError
    assert globus_sdk.TransferClient.scopes is TransferScopes
    assert globus_sdk.TransferClient.transport_class is TransferRequestsTransport
    reqs = globus_sdk.TransferClient.default_scope_requirements
    assert [str(s) for s in reqs] == [TransferScopes.all]


@pytest.mark.parametrize(
    "environment, url",
    [
        (None, "https://transfer.api.globus.org/v0.10/"),
        ("sandbox", "https://transfer.api.sandbox.globuscs.info/v0.10/"),
        ("preview", "https://transfer.api.preview.globus.org/v0.10/"),
    ],
)
def test_base_url_per_environment(environment, url):
    assert globus_sdk.TransferClient(environment=environment).base_url == url


def test_client_transport_is_the_transfer_transport(client):
    assert isinstance(client.transport, TransferRequestsTransport)


def test_resource_server(client):
    assert client.resource_server == "transfer.api.globus.org"


def test_error_class_on_error_status(client):
    responses.add(
        responses.GET,
        f"{BASE}/endpoint/{ENDPOINT_ID}",
        status=404,
        json={"code": "EndpointNotFound", "message": "nope", "request_id": "r-1"},
    )
    with pytest.raises(globus_sdk.TransferAPIError) as excinfo:
        client.get_endpoint(ENDPOINT_ID)
    err = excinfo.value
    assert (err.http_status, err.code, err.message, err.request_id) == (
        404,
        "EndpointNotFound",
        "nope",
        "r-1",
    )
    assert "mytoken" not in str(err) and "mytoken" not in repr(err)


@pytest.mark.parametrize("code", ["EndpointError", "ExternalError", "ExternalError.DirListingFailed"])
@pytest.mark.parametrize("status", [500, 502, 503])
def test_endpoint_and_external_errors_are_not_retried(client, no_real_sleep, code, status):
    responses.add(
        responses.GET,
        f"{BASE}/operation/endpoint/{ENDPOINT_ID}/ls",
        status=status,
        json={"code": code, "message": "the endpoint said no"},
    )
    with pytest.raises(globus_sdk.TransferAPIError) as excinfo:
        client.operation_ls(ENDPOINT_ID)
    assert excinfo.value.code == code
    assert len(responses.calls) == 1
    no_real_sleep.assert_not_called()


def test_other_5xx_are_retried(client, no_real_sleep):
    url = f"{BASE}/task/x"
    responses.add(responses.GET, url, status=502, json={"code": "BadGateway"})
    responses.add(responses.GET, url, status=200, json={"status": "ACTIVE"})
    assert client.get_task("x")["status"] == "ACTIVE"
    assert len(responses.calls) == 2
    assert no_real_sleep.call_count == 1


# ---- GlobusApp scopes
def test_default_scope_requirements_registered_with_app():
    app = FakeApp()
    tc = globus_sdk.TransferClient(app=t.cast(t.Any, app))
    assert [str(s) for s in app.requirements["transfer.api.globus.org"]] == [TransferScopes.all]
    assert tc.app_scopes is not None


def test_default_scope_requirements_fresh_on_each_access():
    first = globus_sdk.TransferClient.default_scope_requirements
    first[0].add_dependency("urn:example:dependency")
    first.append(Scope("urn:example:extra"))
    # the mutations above reach neither the class nor a new client's app scopes
    assert [str(s) for s in globus_sdk.TransferClient.default_scope_requirements] == [
        TransferScopes.all
    ]
    app = FakeApp()
    tc = globus_sdk.TransferClient(app=t.cast(t.Any, app))
    assert [str(s) for s in tc.app_scopes or []] == [TransferScopes.all]


def test_default_scope_requirements_not_shared_mutably():
    app = FakeApp()
    tc = globus_sdk.TransferClient(app=t.cast(t.Any, app))
    tc.add_app_data_access_scope(COLL_1)
    assert [str(s) for s in globus_sdk.TransferClient.default_scope_requirements] == [
        TransferScopes.all
    ]


def test_add_app_data_access_scope_single():
    app = FakeApp()
    tc = globus_sdk.TransferClient(app=t.cast(t.Any, app))
    assert tc.add_app_data_access_scope(COLL_1) is tc
    added = app.requirements["transfer.api.globus.org"][-1]
    assert str(added) == (
        f"{TransferScopes.all}[*https://auth.globus.org/scopes/{COLL_1}/data_access]"
    )


def test_add_app_data_access_scope_many():
    import uuid

    app = FakeApp()
    tc = globus_sdk.TransferClient(app=t.cast(t.Any, app))
    tc.add_app_data_access_scope(iter([COLL_1, uuid.UUID(COLL_2)]))
    added = app.requirements["transfer.api.globus.org"][-1]
    assert added.scope_string == TransferScopes.all
    assert [(d.scope_string, d.optional) for d in added.dependencies] == [
        (f"https://auth.globus.org/scopes/{COLL_1}/data_access", True),
        (f"https://auth.globus.org/scopes/{COLL_2}/data_access", True),
    ]


@pytest.mark.parametrize("bad", ["not-a-uuid", [COLL_1, "nope"], [1234]])
def test_add_app_data_access_scope_invalid_id(bad):
    app = FakeApp()
    tc = globus_sdk.TransferClient(app=t.cast(t.Any, app))
    before = list(app.requirements["transfer.api.globus.org"])
    with pytest.raises(globus_sdk.ValidationError):
        tc.add_app_data_access_scope(bad)
    # nothing half-added
    assert app.requirements["transfer.api.globus.org"] == before


def test_add_app_data_access_scope_without_app(client):
    with pytest.raises(globus_sdk.GlobusSDKUsageError):
        client.add_app_data_access_scope(COLL_1)
