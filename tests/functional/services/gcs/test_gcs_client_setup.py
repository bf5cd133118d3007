"""GCSClient construction, the endpoint's info document, client id and scopes."""

from __future__ import annotations

import typing as t
import uuid

import pytest
import responses

import globus_sdk
from globus_sdk._testing import get_last_request, load_response
from globus_sdk.scopes import Scope

BASE = "https://abc.xyz.data.globus.org/api"


@pytest.mark.parametrize(
    "address, expect_base_url",
    [
        ("abc.xyz.data.globus.org", f"{BASE}/"),
        ("https://abc.xyz.data.globus.org", f"{BASE}/"),
        ("https://abc.xyz.data.globus.org/", f"{BASE}/"),
        ("https://abc.xyz.data.globus.org/api", f"{BASE}/"),
        ("https://abc.xyz.data.globus.org/api/", f"{BASE}/"),
        (
            "https://abc.xyz.data.globus.org:8443",
            "https://abc.xyz.data.globus.org:8443/api/",
        ),
    ],
)
def test_address_forms(address, expect_base_url):
    client = globus_sdk.GCSClient(address)
    assert client.base_url == expect_base_url


@pytest.mark.parametrize(
    "address", ["http://abc.xyz.data.globus.org", "ftp://abc.xyz.data.globus.org"]
)
def test_non_https_urls_are_rejected(address):
    with pytest.raises(globus_sdk.GlobusSDKUsageError, match="https"):
        globus_sdk.GCSClient(address)


def test_environment_does_not_change_the_address():
    client = globus_sdk.GCSClient("abc.xyz.data.globus.org", environment="sandbox")
    assert client.base_url == f"{BASE}/"


def test_get_gcs_info_sends_no_credentials(client, last_request):
    meta = load_response(client.get_gcs_info).metadata
    res = client.get_gcs_info()

    sent = last_request()
    assert (sent.method, sent.url) == ("GET", f"{BASE}/info")
    assert sent.query == {}
    # the info document is public: the token is not sent
    assert sent.authorization is None
    assert isinstance(res, globus_sdk.UnpackingGCSResponse)
    assert res["client_id"] == meta["endpoint_client_id"]
    assert res["domain_name"] == meta["domain_name"]
    assert res.full_data["DATA_TYPE"] == "result#1.0.0"


def test_get_gcs_info_query_params(client, last_request):
    load_response(client.get_gcs_info)
    client.get_gcs_info({"a": "b"})
    assert last_request().query == {"a": ["b"]}


def test_endpoint_client_id_is_fetched_once(client):
    meta = load_response(client.get_gcs_info).metadata
    assert client.endpoint_client_id == meta["endpoint_client_id"]
    assert client.endpoint_client_id == meta["endpoint_client_id"]
    assert len(responses.calls) == 1
    assert client.resource_server == meta["endpoint_client_id"]
    assert len(responses.calls) == 1


def test_endpoint_client_id_missing_from_info(client):
    responses.add(
        responses.GET,
        f"{BASE}/info",
        json={"DATA_TYPE": "result#1.0.0", "data": [{"DATA_TYPE": "info#1.0.0"}]},
    )
    with pytest.raises(globus_sdk.GlobusSDKUsageError, match="client_id"):
        client.endpoint_client_id  # noqa: B018


def test_default_scope_requirements(client):
    meta = load_response(client.get_gcs_info).metadata
    scopes = client.default_scope_requirements
    assert len(scopes) == 1
    assert isinstance(scopes[0], Scope)
    assert str(scopes[0]) == (
        f"urn:globus:auth:scope:{meta['endpoint_client_id']}:manage_collections"
    )


@pytest.mark.parametrize("convert", [str, uuid.UUID])
def test_get_gcs_endpoint_scopes(convert):
    endpoint_id = "e5e5e5e5-0000-4000-8000-000000000001"
    scopes = globus_sdk.GCSClient.get_gcs_endpoint_scopes(convert(endpoint_id))
    assert isinstance(scopes, globus_sdk.scopes.GCSEndpointScopeBuilder)
    assert scopes.manage_collections == (
        f"urn:globus:auth:scope:{endpoint_id}:manage_collections"
    )


def test_get_gcs_collection_scopes():
    collection_id = "c0c0c0c0-0000-4000-8000-000000000001"
    scopes = globus_sdk.GCSClient.get_gcs_collection_scopes(uuid.UUID(collection_id))
    assert isinstance(scopes, globus_sdk.scopes.GCSCollectionScopeBuilder)
    assert scopes.data_access == (
        f"https://auth.globus.org/scopes/{collection_id}/data_access"
    )
    assert scopes.https == f"https://auth.globus.org/scopes/{collection_id}/https"


@pytest.mark.parametrize(
    "connector_id, name",
    [
        ("145812c8-decc-41f1-83cf-bb2a85a2a70b", "POSIX"),
        (uuid.UUID("7643e831-5f6c-4b47-a07f-8ee90f401d23"), "S3"),
        ("00000000-0000-4000-8000-000000000000", None),
    ],
)
def test_connector_id_to_name(connector_id, name):
    assert globus_sdk.GCSClient.connector_id_to_name(connector_id) == name


class _StubApp:
    """Just enough of a GlobusApp for BaseClient.attach_globus_app."""

    app_name = "stub-app"

    def __init__(self) -> None:
        self.requirements: dict[str, list[t.Any]] = {}

    def add_scope_requirements(self, requirements: dict[str, list[t.Any]]) -> None:
        for rs, scopes in requirements.items():
            self.requirements.setdefault(rs, []).extend(scopes)

    def get_authorizer(self, resource_server: str) -> globus_sdk.AccessTokenAuthorizer:
        assert resource_server in self.requirements
        return globus_sdk.AccessTokenAuthorizer("app-token")


def test_attach_globus_app_uses_the_endpoint_client_id():
    info_meta = load_response(globus_sdk.GCSClient.get_gcs_info).metadata
    load_response(globus_sdk.GCSClient.get_endpoint)
    client = globus_sdk.GCSClient("abc.xyz.data.globus.org")
    app = _StubApp()
    client.attach_globus_app(app)  # type: ignore[arg-type]

    rs = info_meta["endpoint_client_id"]
    assert [str(s) for s in app.requirements[rs]] == [
        f"urn:globus:auth:scope:{rs}:manage_collections"
    ]
    client.get_endpoint()
    last = get_last_request()
    assert last is not None
    assert last.headers["Authorization"] == "Bearer app-token"
    # one info lookup, one endpoint call
    assert [c.request.url for c in responses.calls] == [
        f"{BASE}/info",
        f"{BASE}/endpoint",
    ]


def test_client_app_gets_a_token_for_the_endpoint_scope():
    info_meta = load_response(globus_sdk.GCSClient.get_gcs_info).metadata
    load_response(globus_sdk.GCSClient.get_endpoint)
    rs = info_meta["endpoint_client_id"]
    scope = f"urn:globus:auth:scope:{rs}:manage_collections"
    responses.add(
        responses.POST,
        "https://auth.globus.org/v2/oauth2/token",
        json={
            "access_token": "issued-token",
            "token_type": "Bearer",
            "expires_in": 172800,
            "resource_server": rs,
            "scope": scope,
            "other_tokens": [],
        },
    )
    app = globus_sdk.ClientApp(
        "gcs-test-app",
        client_id="cfcfcfcf-0000-4000-8000-000000000001",
        client_secret="not-a-real-secret",
        config=globus_sdk.GlobusAppConfig(token_storage="memory"),
    )
    client = globus_sdk.GCSClient("abc.xyz.data.globus.org", app=app)
    client.get_endpoint()

    info_request, token_request, endpoint_request = (c.request for c in responses.calls)
    assert info_request.url == f"{BASE}/info"
    assert "Authorization" not in info_request.headers
    assert "manage_collections" in str(token_request.body)
    assert endpoint_request.headers["Authorization"] == "Bearer issued-token"
