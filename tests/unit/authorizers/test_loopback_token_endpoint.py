"""
RefreshTokenAuthorizer against a real HTTP token endpoint on 127.0.0.1, reached by a
small fake auth client that POSTs with ``requests``.
"""

from __future__ import annotations

import http.server
import json
import threading
import time
import typing as t
import urllib.parse

import pytest
import requests

from globus_sdk.authorizers import RefreshTokenAuthorizer

# real HTTP on 127.0.0.1: the suite's `responses` mock stays off for these tests
pytestmark = pytest.mark.integration


class TokenHandler(http.server.BaseHTTPRequestHandler):
    issued: t.ClassVar[int] = 0
    seen_forms: t.ClassVar[list[dict[str, list[str]]]] = []

    def do_POST(self) -> None:  # noqa: N802 (http.server API)
        length = int(self.headers["Content-Length"])
        form = urllib.parse.parse_qs(self.rfile.read(length).decode())
        type(self).seen_forms.append(form)
        if form.get("grant_type") != ["refresh_token"] or form.get("refresh_token") != [
            f"rt-{type(self).issued}"
        ]:
            self._reply(400, {"error": "invalid_grant"})
            return
        type(self).issued += 1
        n = type(self).issued
        self._reply(
            200,
            {
                "access_token": f"at-{n}",
                "expires_in": 172800,
                "resource_server": "transfer.api.globus.org",
                "scope": "urn:globus:auth:scope:transfer.api.globus.org:all",
                "token_type": "Bearer",
                "refresh_token": f"rt-{n}",
                "other_tokens": [],
            },
        )

    def _reply(self, status: int, body: dict[str, t.Any]) -> None:
        payload = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, format: str, *args: t.Any) -> None:  # quiet
        pass


class LoopbackTokenResponse:
    """The part of OAuthTokenResponse the authorizer reads."""

    def __init__(self, data: dict[str, t.Any]) -> None:
        expires_at = int(time.time()) + data["expires_in"]
        self.by_resource_server = {
            data["resource_server"]: {
                "access_token": data["access_token"],
                "expires_at_seconds": expires_at,
                "refresh_token": data.get("refresh_token"),
                "resource_server": data["resource_server"],
                "scope": data["scope"],
                "token_type": data["token_type"],
            }
        }


class LoopbackAuthClient:
    def __init__(self, token_url: str) -> None:
        self.token_url = token_url

    def oauth2_refresh_token(self, refresh_token: str) -> LoopbackTokenResponse:
        r = requests.post(
            self.token_url,
            data={"grant_type": "refresh_token", "refresh_token": refresh_token},
            timeout=10,
        )
        r.raise_for_status()
        return LoopbackTokenResponse(r.json())


@pytest.fixture
def token_url() -> t.Iterator[str]:
    TokenHandler.issued = 0
    TokenHandler.seen_forms = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), TokenHandler)
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True
    )
    thread.start()
    url = f"http://127.0.0.1:{server.server_address[1]}/v2/oauth2/token"
    try:
        yield url
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def test_refresh_against_loopback_endpoint(token_url):
    refreshed: list[t.Any] = []
    authorizer = RefreshTokenAuthorizer(
        "rt-0",
        LoopbackAuthClient(token_url),  # type: ignore[arg-type]
        on_refresh=refreshed.append,
    )
    assert authorizer.get_authorization_header() == "Bearer at-1"
    assert authorizer.refresh_token == "rt-1"
    # the token is still valid: no second request
    assert authorizer.get_authorization_header() == "Bearer at-1"
    assert len(TokenHandler.seen_forms) == 1

    # a 401 from a service: the rotated refresh token is used for the next request
    assert authorizer.handle_missing_authorization() is True
    assert authorizer.get_authorization_header() == "Bearer at-2"
    assert authorizer.refresh_token == "rt-2"
    assert [f["refresh_token"] for f in TokenHandler.seen_forms] == [["rt-0"], ["rt-1"]]
    assert len(refreshed) == 2


def test_rejected_refresh_keeps_state(token_url):
    authorizer = RefreshTokenAuthorizer(
        "rt-stale",
        LoopbackAuthClient(token_url),  # type: ignore[arg-type]
    )
    with pytest.raises(requests.HTTPError):
        authorizer.get_authorization_header()
    assert authorizer.access_token is None
    assert authorizer.refresh_token == "rt-stale"
