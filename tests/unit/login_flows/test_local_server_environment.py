"""The parts of the local server login flow that need no socket."""

from __future__ import annotations

import datetime
import string
import typing as t
import webbrowser

import pytest

import globus_sdk
from globus_sdk.gare import GlobusAuthorizationParameters
from globus_sdk.globus_app import GlobusAppConfig
from globus_sdk.login_flows import (
    LocalServerEnvironmentalLoginError,
    LocalServerLoginError,
    LocalServerLoginFlowManager,
)
from globus_sdk.login_flows.local_server_login_flow_manager import (
    local_server_login_flow_manager as lslfm,
)
from globus_sdk.login_flows.local_server_login_flow_manager.local_server import (
    DEFAULT_HTML_TEMPLATE,
    RedirectHTTPServer,
)


class FakeBrowser:
    def __init__(self, name: str = "firefox", opens: bool = True) -> None:
        self.name = name
        self.opens = opens
        self.opened: list[tuple[str, int]] = []

    def open(self, url: str, new: int = 0) -> bool:
        self.opened.append((url, new))
        return self.opens


@pytest.fixture(autouse=True)
def _no_ssh(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SSH_CLIENT", raising=False)
    monkeypatch.delenv("SSH_CONNECTION", raising=False)


def test_error_tree() -> None:
    assert issubclass(LocalServerEnvironmentalLoginError, LocalServerLoginError)
    assert issubclass(LocalServerLoginError, Exception)


def test_defaults() -> None:
    assert isinstance(DEFAULT_HTML_TEMPLATE, string.Template)
    page = DEFAULT_HTML_TEMPLATE.substitute(
        login_result="Login successful", post_login_message="done"
    )
    assert "Login successful" in page and "done" in page
    assert RedirectHTTPServer.WAIT_TIMEOUT == datetime.timedelta(minutes=15)


@pytest.mark.parametrize("variable", ["SSH_CLIENT", "SSH_CONNECTION"])
def test_remote_session_is_refused_before_any_server_starts(
    variable: str,
    native_client: globus_sdk.NativeAppAuthClient,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(variable, "10.0.0.1 50000 22")
    manager = LocalServerLoginFlowManager(native_client)

    def no_server() -> t.NoReturn:
        raise AssertionError("the server must not start")

    monkeypatch.setattr(manager, "background_local_server", no_server)
    with pytest.raises(LocalServerEnvironmentalLoginError, match="remote session"):
        manager.run_login_flow(
            GlobusAuthorizationParameters(required_scopes=["openid"])
        )


def test_open_webbrowser_success(monkeypatch: pytest.MonkeyPatch) -> None:
    browser = FakeBrowser()
    monkeypatch.setattr(webbrowser, "get", lambda: browser)
    lslfm._open_webbrowser("https://auth.example/authorize")
    assert browser.opened == [("https://auth.example/authorize", 1)]


def test_open_webbrowser_without_browser(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_browser() -> t.NoReturn:
        raise webbrowser.Error("could not locate runnable browser")

    monkeypatch.setattr(webbrowser, "get", no_browser)
    with pytest.raises(LocalServerEnvironmentalLoginError) as excinfo:
        lslfm._open_webbrowser("https://auth.example/authorize")
    assert isinstance(excinfo.value.__cause__, webbrowser.Error)


@pytest.mark.parametrize("name", ["lynx", "w3m", "www-browser", "links", "elinks"])
def test_open_webbrowser_refuses_text_browsers(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    browser = FakeBrowser(name)
    monkeypatch.setattr(webbrowser, "get", lambda: browser)
    with pytest.raises(LocalServerEnvironmentalLoginError, match="text-only"):
        lslfm._open_webbrowser("https://auth.example/authorize")
    assert browser.opened == []


def test_open_webbrowser_failure_to_open(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(webbrowser, "get", lambda: FakeBrowser(opens=False))
    with pytest.raises(LocalServerEnvironmentalLoginError, match="Failed to open"):
        lslfm._open_webbrowser("https://auth.example/authorize")


def test_open_webbrowser_private_name(monkeypatch: pytest.MonkeyPatch) -> None:
    class OSAScriptLike:
        _name = "safari"

        def open(self, url: str, new: int = 0) -> bool:
            return True

    monkeypatch.setattr(webbrowser, "get", lambda: OSAScriptLike())
    lslfm._open_webbrowser("https://auth.example/authorize")

    class Nameless:
        def open(self, url: str, new: int = 0) -> bool:
            return True

    monkeypatch.setattr(webbrowser, "get", lambda: Nameless())
    with pytest.raises(LocalServerEnvironmentalLoginError, match="browser name"):
        lslfm._open_webbrowser("https://auth.example/authorize")


def test_for_globus_app(
    native_client: globus_sdk.NativeAppAuthClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("socket.gethostname", lambda: "laptop")
    manager = LocalServerLoginFlowManager.for_globus_app(
        app_name="My App",
        login_client=native_client,
        config=GlobusAppConfig(request_refresh_tokens=True, token_storage="memory"),
    )
    assert manager.request_refresh_tokens is True
    assert manager.native_prefill_named_grant == "My App on laptop"
    assert manager.server_address == ("localhost", 0)
    assert manager.html_template is DEFAULT_HTML_TEMPLATE


def test_custom_server_address_and_template(
    native_client: globus_sdk.NativeAppAuthClient,
) -> None:
    template = string.Template("<p>$login_result</p>")
    manager = LocalServerLoginFlowManager(
        native_client, server_address=("127.0.0.1", 8123), html_template=template
    )
    assert manager.server_address == ("127.0.0.1", 8123)
    assert manager.html_template is template
