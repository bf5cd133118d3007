from __future__ import annotations

import typing as t

import pytest

import globus_sdk
from globus_sdk.gare import GlobusAuthorizationParameters
from globus_sdk.login_flows import LoginFlowManager


class MinimalFlowManager(LoginFlowManager):
    def run_login_flow(
        self, auth_parameters: GlobusAuthorizationParameters
    ) -> globus_sdk.OAuthTokenResponse:
        raise NotImplementedError


def test_login_flow_manager_is_abstract(
    native_client: globus_sdk.NativeAppAuthClient,
) -> None:
    with pytest.raises(TypeError):
        LoginFlowManager(native_client)  # type: ignore[abstract]


@pytest.mark.parametrize(
    "client",
    [
        globus_sdk.AuthLoginClient(client_id="6b0b6b0b-0000-4000-8000-000000000001"),
        globus_sdk.AuthClient(),
    ],
)
def test_login_client_must_run_flows(client: t.Any) -> None:
    with pytest.raises(globus_sdk.GlobusSDKUsageError, match="NativeAppAuthClient"):
        MinimalFlowManager(client)


def test_attributes(native_client: globus_sdk.NativeAppAuthClient) -> None:
    manager = MinimalFlowManager(
        native_client, request_refresh_tokens=True, native_prefill_named_grant="grant"
    )
    assert manager.login_client is native_client
    assert manager.request_refresh_tokens is True
    assert manager.native_prefill_named_grant == "grant"


def test_native_authorize_url_carries_scopes_and_session_requirements(
    native_client: globus_sdk.NativeAppAuthClient,
    parse_query: t.Callable[[str], dict[str, str]],
) -> None:
    manager = MinimalFlowManager(
        native_client,
        request_refresh_tokens=True,
        native_prefill_named_grant="my grant",
    )
    params = GlobusAuthorizationParameters(
        required_scopes=["openid", "urn:globus:auth:scope:transfer.api.globus.org:all"],
        session_required_identities=["a11ce000-0000-4000-8000-000000000001"],
        session_required_single_domain=["uchicago.edu", "globus.org"],
        session_required_policies=["p0l1c700-0000-4000-8000-000000000001"],
        session_required_mfa=True,
        session_message="please log in again",
        prompt="login",
    )
    url = manager._get_authorize_url(params, "http://127.0.0.1:5555", state="xyz")

    assert url.startswith("https://auth.globus.org/v2/oauth2/authorize?")
    query = parse_query(url)
    assert query["client_id"] == native_client.client_id
    assert query["redirect_uri"] == "http://127.0.0.1:5555"
    assert query["scope"] == "openid urn:globus:auth:scope:transfer.api.globus.org:all"
    assert query["state"] == "xyz"
    assert query["access_type"] == "offline"
    assert query["prefill_named_grant"] == "my grant"
    assert query["code_challenge_method"] == "S256"
    assert (
        query["session_required_identities"] == "a11ce000-0000-4000-8000-000000000001"
    )
    assert query["session_required_single_domain"] == "uchicago.edu,globus.org"
    assert query["session_required_policies"] == "p0l1c700-0000-4000-8000-000000000001"
    assert query["session_required_mfa"] == "True"
    assert query["session_message"] == "please log in again"
    assert query["prompt"] == "login"


def test_confidential_authorize_url(
    confidential_client: globus_sdk.ConfidentialAppAuthClient,
    parse_query: t.Callable[[str], dict[str, str]],
) -> None:
    manager = MinimalFlowManager(
        confidential_client, native_prefill_named_grant="ignored for confidential"
    )
    url = manager._get_authorize_url(
        GlobusAuthorizationParameters(required_scopes=["openid"]),
        "https://app.example.org/callback",
    )
    query = parse_query(url)
    assert query["client_id"] == confidential_client.client_id
    assert query["redirect_uri"] == "https://app.example.org/callback"
    assert query["scope"] == "openid"
    assert query["access_type"] == "online"
    assert "code_challenge" not in query
    assert "prefill_named_grant" not in query
    # the secret never appears in a URL
    assert "super-secret" not in url


def test_no_required_scopes_means_the_login_clients_defaults(
    native_client: globus_sdk.NativeAppAuthClient,
    parse_query: t.Callable[[str], dict[str, str]],
) -> None:
    manager = MinimalFlowManager(native_client)
    url = manager._get_authorize_url(GlobusAuthorizationParameters(), "http://x")
    assert "openid" in parse_query(url)["scope"].split()


def test_repr_shows_no_secret(
    confidential_client: globus_sdk.ConfidentialAppAuthClient,
) -> None:
    text = repr(MinimalFlowManager(confidential_client))
    assert "MinimalFlowManager" in text
    assert "super-secret" not in text
