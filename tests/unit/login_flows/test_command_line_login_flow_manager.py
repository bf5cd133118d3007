from __future__ import annotations

import typing as t
import urllib.parse

import pytest
import responses

import globus_sdk
from globus_sdk.exc import GlobusError
from globus_sdk.gare import GlobusAuthorizationParameters
from globus_sdk.globus_app import GlobusAppConfig
from globus_sdk.login_flows import (
    CommandLineLoginFlowEOFError,
    CommandLineLoginFlowManager,
)

TOKEN_URL = "https://auth.globus.org/v2/oauth2/token"


def test_native_default_redirect_uri_is_the_auth_code_page(
    native_client: globus_sdk.NativeAppAuthClient,
) -> None:
    manager = CommandLineLoginFlowManager(native_client)
    assert manager.redirect_uri == "https://auth.globus.org/v2/web/auth-code"


def test_default_redirect_uri_follows_the_environment() -> None:
    client = globus_sdk.NativeAppAuthClient(
        "6b0b6b0b-0000-4000-8000-000000000001", environment="sandbox"
    )
    manager = CommandLineLoginFlowManager(client)
    assert manager.redirect_uri == "https://auth.sandbox.globuscs.info/v2/web/auth-code"


def test_confidential_client_needs_a_redirect_uri(
    confidential_client: globus_sdk.ConfidentialAppAuthClient,
) -> None:
    with pytest.raises(globus_sdk.GlobusSDKUsageError, match="redirect_uri"):
        CommandLineLoginFlowManager(confidential_client)
    manager = CommandLineLoginFlowManager(
        confidential_client, redirect_uri="https://app.example.org/cb"
    )
    assert manager.redirect_uri == "https://app.example.org/cb"


def test_run_login_flow_prints_url_reads_code_and_exchanges_it(
    native_client: globus_sdk.NativeAppAuthClient,
    token_json: dict[str, t.Any],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    prompts: list[str] = []

    def fake_input(prompt: str) -> str:
        prompts.append(prompt)
        return "  the-auth-code \n"

    monkeypatch.setattr("builtins.input", fake_input)
    responses.add("POST", TOKEN_URL, json=token_json)

    manager = CommandLineLoginFlowManager(native_client)
    result = manager.run_login_flow(
        GlobusAuthorizationParameters(required_scopes=["openid"])
    )

    assert isinstance(result, globus_sdk.OAuthTokenResponse)
    assert result.by_resource_server["auth.globus.org"]["access_token"] == (
        "auth-access-token"
    )
    out = capsys.readouterr().out
    assert out.startswith("Please authenticate with Globus here:\n")
    url_line = out.splitlines()[2]
    assert url_line.startswith("https://auth.globus.org/v2/oauth2/authorize?")
    assert prompts == ["Enter the resulting Authorization Code here: "]

    body = dict(urllib.parse.parse_qsl(str(responses.calls[-1].request.body)))
    assert body["grant_type"] == "authorization_code"
    assert body["code"] == "the-auth-code"
    assert body["redirect_uri"] == "https://auth.globus.org/v2/web/auth-code"
    assert "code_verifier" in body


def test_eof_raises_a_dedicated_error(
    native_client: globus_sdk.NativeAppAuthClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    def eof(prompt: str) -> str:
        raise EOFError

    monkeypatch.setattr("builtins.input", eof)
    manager = CommandLineLoginFlowManager(native_client)
    with pytest.raises(CommandLineLoginFlowEOFError) as excinfo:
        manager.run_login_flow(
            GlobusAuthorizationParameters(required_scopes=["openid"])
        )
    assert isinstance(excinfo.value, EOFError)
    assert isinstance(excinfo.value, GlobusError)
    assert isinstance(excinfo.value.__cause__, EOFError)
    # no code, no token request
    assert not [c for c in responses.calls if c.request.url == TOKEN_URL]


def test_print_and_prompt_can_be_overridden(
    native_client: globus_sdk.NativeAppAuthClient, token_json: dict[str, t.Any]
) -> None:
    seen: list[str] = []

    class QuietManager(CommandLineLoginFlowManager):
        def print_authorize_url(self, authorize_url: str) -> None:
            seen.append(authorize_url)

        def prompt_for_code(self) -> str:
            return "custom-code"

    responses.add("POST", TOKEN_URL, json=token_json)
    QuietManager(native_client).run_login_flow(
        GlobusAuthorizationParameters(required_scopes=["openid"])
    )
    assert len(seen) == 1
    body = dict(urllib.parse.parse_qsl(str(responses.calls[-1].request.body)))
    assert body["code"] == "custom-code"


def test_for_globus_app_reads_the_config(
    native_client: globus_sdk.NativeAppAuthClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("socket.gethostname", lambda: "workstation")
    config = GlobusAppConfig(
        login_redirect_uri="https://app.example.org/cb",
        request_refresh_tokens=True,
        token_storage="memory",
    )
    manager = CommandLineLoginFlowManager.for_globus_app(
        app_name="My App", login_client=native_client, config=config
    )
    assert manager.redirect_uri == "https://app.example.org/cb"
    assert manager.request_refresh_tokens is True
    assert manager.native_prefill_named_grant == "My App on workstation"
    assert manager.login_client is native_client
