"""
The local server login flow end to end, over real sockets: a fake Globus Auth
(a loopback server) redirects a real HTTP client, standing in for the browser, to the
flow's local server; the flow exchanges the code at the fake token endpoint.
"""

from __future__ import annotations

import datetime
import socket
import string
import threading
import time
import typing as t
import urllib.parse
import webbrowser

import pytest
import requests

import globus_sdk
from globus_sdk.gare import GlobusAuthorizationParameters
from globus_sdk.login_flows import (
    LocalServerLoginError,
    LocalServerLoginFlowManager,
)
from globus_sdk.login_flows.local_server_login_flow_manager.local_server import (
    DEFAULT_HTML_TEMPLATE,
    RedirectHandler,
    RedirectHTTPServer,
)
from support.loopback import LoopbackServer, Reply

CLIENT_ID = "6b0b6b0b-0000-4000-8000-000000000001"
TOKEN_BODY = {
    "access_token": "auth-access-token",
    "expires_in": 3600,
    "resource_server": "auth.globus.org",
    "scope": "openid",
    "token_type": "Bearer",
    "other_tokens": [],
}
PARAMS = GlobusAuthorizationParameters(required_scopes=["openid"])


class ScriptedBrowser:
    """
    Stands in for ``webbrowser.get()``: ``open()`` runs ``script`` with the authorize
    URL, in a thread, like a browser that the user drives while the flow waits.
    """

    name = "scripted-browser"

    def __init__(self, script: t.Callable[[str], None]) -> None:
        self.script = script
        self.urls: list[str] = []
        self.errors: list[BaseException] = []
        self.thread: threading.Thread | None = None

    def open(self, url: str, new: int = 0) -> bool:
        self.urls.append(url)

        def run() -> None:
            try:
                self.script(url)
            except BaseException as e:  # noqa: BLE001 - reported by the test
                self.errors.append(e)

        self.thread = threading.Thread(target=run, daemon=True)
        self.thread.start()
        return True

    def join(self) -> None:
        if self.thread is not None:
            self.thread.join(timeout=10)
        assert not self.errors, self.errors


@pytest.fixture(autouse=True)
def _local_desktop(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SSH_CLIENT", raising=False)
    monkeypatch.delenv("SSH_CONNECTION", raising=False)


@pytest.fixture
def login_client(server: LoopbackServer) -> globus_sdk.NativeAppAuthClient:
    return globus_sdk.NativeAppAuthClient(CLIENT_ID, base_url=server.url)


def use_browser(monkeypatch: pytest.MonkeyPatch, browser: ScriptedBrowser) -> None:
    monkeypatch.setattr(webbrowser, "get", lambda: browser)


def query_of(url: str) -> dict[str, str]:
    return dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(url).query))


def follow_login(
    server: LoopbackServer,
    pages: list[requests.Response],
    *,
    query: t.Callable[[dict[str, str]], dict[str, str]],
) -> t.Callable[[str], None]:
    """
    A browser script: Globus Auth (the loopback server) answers the authorize URL
    with a redirect to the flow's ``redirect_uri`` carrying ``query(authorize
    query)``, and the HTTP client follows it to the local server.
    """

    def script(authorize_url: str) -> None:
        authorize_query = query_of(authorize_url)
        location = (
            authorize_query["redirect_uri"]
            + "/?"
            + urllib.parse.urlencode(query(authorize_query))
        )
        server.queue(Reply(302, "", {"Location": location}), Reply(200, TOKEN_BODY))
        pages.append(requests.get(authorize_url, timeout=10))

    return script


def test_login_end_to_end(
    server: LoopbackServer,
    login_client: globus_sdk.NativeAppAuthClient,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pages: list[requests.Response] = []
    browser = ScriptedBrowser(
        follow_login(
            server,
            pages,
            query=lambda q: {"code": "the-auth-code", "state": q["state"]},
        )
    )
    use_browser(monkeypatch, browser)
    manager = LocalServerLoginFlowManager(login_client, request_refresh_tokens=True)

    response = manager.run_login_flow(PARAMS)
    browser.join()

    assert isinstance(response, globus_sdk.OAuthTokenResponse)
    assert response.by_resource_server["auth.globus.org"]["access_token"] == (
        "auth-access-token"
    )

    # the authorize URL
    (authorize_url,) = browser.urls
    authorize_query = query_of(authorize_url)
    redirect_uri = authorize_query["redirect_uri"]
    assert redirect_uri.startswith("http://127.0.0.1:")
    assert authorize_query["scope"] == "openid"
    assert authorize_query["access_type"] == "offline"
    assert len(authorize_query["state"]) >= 32

    # what the browser saw: the redirect was followed to the local server
    (page,) = pages
    assert page.status_code == 200
    assert page.url.startswith(redirect_uri)
    assert "Login successful" in page.text
    assert page.headers["Cache-Control"] == "no-store"
    assert page.headers["Referrer-Policy"] == "no-referrer"

    # what Globus Auth saw: the authorize request, then the code exchange
    authorize_request, token_request = server.requests
    assert authorize_request.method == "GET"
    assert authorize_request.path.startswith("/v2/oauth2/authorize?")
    assert token_request.method == "POST"
    assert token_request.path == "/v2/oauth2/token"
    form = dict(urllib.parse.parse_qsl(token_request.body.decode()))
    assert form["grant_type"] == "authorization_code"
    assert form["code"] == "the-auth-code"
    assert form["redirect_uri"] == redirect_uri
    assert form["client_id"] == CLIENT_ID
    assert len(form["code_verifier"]) >= 43

    # the local server is gone
    port = int(redirect_uri.rsplit(":", 1)[1])
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=1).close()


def test_no_secret_is_logged_or_printed(
    server: LoopbackServer,
    login_client: globus_sdk.NativeAppAuthClient,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
) -> None:
    pages: list[requests.Response] = []
    browser = ScriptedBrowser(
        follow_login(
            server,
            pages,
            query=lambda q: {"code": "secret-auth-code", "state": q["state"]},
        )
    )
    use_browser(monkeypatch, browser)
    caplog.set_level("DEBUG")

    LocalServerLoginFlowManager(login_client).run_login_flow(PARAMS)
    browser.join()

    state = query_of(browser.urls[0])["state"]
    form = dict(urllib.parse.parse_qsl(server.requests[-1].body.decode()))
    out, err = capfd.readouterr()
    # (the stand-in browser's own urllib3 lines are not the SDK's)
    sdk_log = "\n".join(
        r.getMessage() for r in caplog.records if r.name.startswith("globus_sdk")
    )
    assert sdk_log
    for secret in ("secret-auth-code", state, form["code_verifier"]):
        assert secret not in sdk_log
        assert secret not in out + err


def test_wrong_state_is_rejected(
    server: LoopbackServer,
    login_client: globus_sdk.NativeAppAuthClient,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pages: list[requests.Response] = []
    browser = ScriptedBrowser(
        follow_login(
            server, pages, query=lambda q: {"code": "forged-code", "state": "forged"}
        )
    )
    use_browser(monkeypatch, browser)

    with pytest.raises(LocalServerLoginError, match="state mismatch"):
        LocalServerLoginFlowManager(login_client).run_login_flow(PARAMS)
    browser.join()

    (page,) = pages
    assert page.status_code == 400
    assert "Login failed" in page.text
    # the forged code was never exchanged
    assert [r.path.split("?")[0] for r in server.requests] == ["/v2/oauth2/authorize"]


def test_missing_state_is_rejected(
    server: LoopbackServer,
    login_client: globus_sdk.NativeAppAuthClient,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pages: list[requests.Response] = []
    browser = ScriptedBrowser(
        follow_login(server, pages, query=lambda q: {"code": "c"})
    )
    use_browser(monkeypatch, browser)
    with pytest.raises(LocalServerLoginError, match="state mismatch"):
        LocalServerLoginFlowManager(login_client).run_login_flow(PARAMS)
    browser.join()
    assert len(server.requests) == 1


def test_auth_error_is_reported_and_escaped(
    server: LoopbackServer,
    login_client: globus_sdk.NativeAppAuthClient,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pages: list[requests.Response] = []
    description = "<script>alert('x')</script> user declined"
    browser = ScriptedBrowser(
        follow_login(
            server,
            pages,
            query=lambda q: {
                "error": "access_denied",
                "error_description": description,
                "state": q["state"],
            },
        )
    )
    use_browser(monkeypatch, browser)

    with pytest.raises(LocalServerLoginError) as excinfo:
        LocalServerLoginFlowManager(login_client).run_login_flow(PARAMS)
    browser.join()

    assert str(excinfo.value) == description
    (page,) = pages
    assert page.status_code == 400
    assert "<script>" not in page.text
    assert "&lt;script&gt;" in page.text
    assert len(server.requests) == 1


def test_other_paths_do_not_end_the_flow(
    server: LoopbackServer,
    login_client: globus_sdk.NativeAppAuthClient,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pages: list[requests.Response] = []
    login = follow_login(
        server, pages, query=lambda q: {"code": "the-code", "state": q["state"]}
    )

    def script(authorize_url: str) -> None:
        redirect_uri = query_of(authorize_url)["redirect_uri"]
        pages.append(requests.get(f"{redirect_uri}/favicon.ico", timeout=10))
        login(authorize_url)

    browser = ScriptedBrowser(script)
    use_browser(monkeypatch, browser)
    LocalServerLoginFlowManager(login_client).run_login_flow(PARAMS)
    browser.join()
    assert [p.status_code for p in pages] == [404, 200]


def test_custom_html_template(
    server: LoopbackServer,
    login_client: globus_sdk.NativeAppAuthClient,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pages: list[requests.Response] = []
    browser = ScriptedBrowser(
        follow_login(server, pages, query=lambda q: {"code": "c", "state": q["state"]})
    )
    use_browser(monkeypatch, browser)
    template = string.Template(
        "<h1>$login_result</h1><p>$post_login_message</p>$unknown"
    )
    LocalServerLoginFlowManager(login_client, html_template=template).run_login_flow(
        PARAMS
    )
    browser.join()
    assert pages[0].text == "<h1>Login successful</h1><p></p>$unknown"


def test_wait_is_bounded(
    server: LoopbackServer,
    login_client: globus_sdk.NativeAppAuthClient,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the user never comes back
    browser = ScriptedBrowser(lambda url: None)
    use_browser(monkeypatch, browser)
    monkeypatch.setattr(
        RedirectHTTPServer, "WAIT_TIMEOUT", datetime.timedelta(seconds=0.3)
    )
    started = time.monotonic()
    with pytest.raises(LocalServerLoginError, match="timed out"):
        LocalServerLoginFlowManager(login_client).run_login_flow(PARAMS)
    assert time.monotonic() - started < 5
    assert server.requests == []


def test_fixed_server_address(
    server: LoopbackServer,
    login_client: globus_sdk.NativeAppAuthClient,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    pages: list[requests.Response] = []
    browser = ScriptedBrowser(
        follow_login(server, pages, query=lambda q: {"code": "c", "state": q["state"]})
    )
    use_browser(monkeypatch, browser)
    LocalServerLoginFlowManager(
        login_client, server_address=("127.0.0.1", port)
    ).run_login_flow(PARAMS)
    browser.join()
    assert query_of(browser.urls[0])["redirect_uri"] == f"http://127.0.0.1:{port}"


# ---- the server on its own


def run_server(server: RedirectHTTPServer) -> threading.Thread:
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    return thread


def test_redirect_server_passes_handler_errors_to_the_waiter() -> None:
    class BrokenHandler(RedirectHandler):
        def do_GET(self) -> None:
            raise ValueError("handler failed")

    server = RedirectHTTPServer(("127.0.0.1", 0), BrokenHandler, DEFAULT_HTML_TEMPLATE)
    thread = run_server(server)
    try:
        host, port = server.socket.getsockname()[:2]
        with pytest.raises(requests.ConnectionError):
            requests.get(f"http://{host}:{port}/?code=x", timeout=5)
        result = server.wait_for_code()
        assert isinstance(result, ValueError)
        assert str(result) == "handler failed"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def test_redirect_server_without_expected_state_accepts_the_code() -> None:
    server = RedirectHTTPServer(
        ("127.0.0.1", 0), RedirectHandler, DEFAULT_HTML_TEMPLATE
    )
    thread = run_server(server)
    try:
        host, port = server.socket.getsockname()[:2]
        page = requests.get(f"http://{host}:{port}/?code=abc", timeout=5)
        assert page.status_code == 200
        assert server.wait_for_code() == "abc"
        # no code and no error: a failure the flow can report
        requests.get(f"http://{host}:{port}/", timeout=5)
        outcome = server.wait_for_code()
        assert isinstance(outcome, LocalServerLoginError)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def test_return_code_and_timeout() -> None:
    server = RedirectHTTPServer(
        ("127.0.0.1", 0), RedirectHandler, DEFAULT_HTML_TEMPLATE
    )
    try:
        server.return_code("direct")
        assert server.wait_for_code() == "direct"
        server.WAIT_TIMEOUT = datetime.timedelta(seconds=0.05)
        with pytest.raises(LocalServerLoginError, match="timed out"):
            server.wait_for_code()
    finally:
        server.server_close()
