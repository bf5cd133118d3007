"""
A UserApp with the local server login flow, a JSON token file and a TransferClient,
all over real sockets: fake Globus Auth and Transfer services on 127.0.0.1, a real
RS256 ID token checked against the fake service's JWKS, a real consent check, then a
refresh after a 401, a second run over the same token file, and logout.
"""

from __future__ import annotations

import json
import pathlib
import threading
import time
import typing as t
import urllib.parse
import webbrowser

import jwt
import pytest
import requests
from cryptography.hazmat.primitives.asymmetric import rsa

import globus_sdk
from globus_sdk import GlobusAppConfig, TransferClient, UserApp
from globus_sdk.tokenstorage import JSONTokenStorage
from support.loopback import LoopbackServer, Reply

CLIENT_ID = "6b0b6b0b-0000-4000-8000-000000000001"
ALICE = "a11ce000-0000-4000-8000-000000000001"
COLLECTION_ID = "c0c0c0c0-0000-4000-8000-000000000001"
ENDPOINT_ID = "e0e0e0e0-0000-4000-8000-000000000001"
ISSUER = "https://auth.globus.org"
TRANSFER_ALL = "urn:globus:auth:scope:transfer.api.globus.org:all"
DATA_ACCESS = f"https://auth.globus.org/scopes/{COLLECTION_ID}/data_access"


class Keys:
    def __init__(self) -> None:
        self.private_key = rsa.generate_private_key(
            public_exponent=65537, key_size=2048
        )
        jwk = json.loads(
            jwt.algorithms.RSAAlgorithm.to_jwk(self.private_key.public_key())
        )
        self.jwk = {**jwk, "kid": "test-key", "alg": "RS256", "use": "sig"}

    def id_token(self, subject: str) -> str:
        now = int(time.time())
        return jwt.encode(
            {
                "iss": ISSUER,
                "aud": CLIENT_ID,
                "sub": subject,
                "iat": now,
                "exp": now + 600,
            },
            self.private_key,
            algorithm="RS256",
            headers={"kid": "test-key"},
        )


def token_doc(rs: str, scope: str, prefix: str) -> dict[str, t.Any]:
    return {
        "resource_server": rs,
        "scope": scope,
        "access_token": f"{prefix}-access",
        "refresh_token": f"{prefix}-refresh",
        "expires_in": 3600,
        "token_type": "Bearer",
    }


def consent(consent_id: int, scope_name: str, path: list[int]) -> dict[str, t.Any]:
    return {
        "id": consent_id,
        "client": CLIENT_ID,
        "scope": f"5c09e000-0000-4000-8000-00000000000{consent_id}",
        "scope_name": scope_name,
        "effective_identity": ALICE,
        "dependency_path": path,
        "created": "2024-01-01T00:00:00+00:00",
        "updated": "2024-01-01T00:00:00+00:00",
        "last_used": "2024-01-01T00:00:00+00:00",
        "status": "approved",
        "allows_refresh": True,
        "auto_approved": False,
        "atomically_revocable": False,
    }


CONSENTS = Reply(
    200,
    {"consents": [consent(1, TRANSFER_ALL, [1]), consent(2, DATA_ACCESS, [1, 2])]},
)


def set_replies(server: LoopbackServer, *replies: Reply) -> None:
    with server._lock:
        server.replies[:] = list(replies)


class Browser:
    """A browser (a real HTTP client) which completes the login it is shown."""

    name = "integration-browser"

    def __init__(self, auth: LoopbackServer, keys: Keys) -> None:
        self.auth = auth
        self.keys = keys
        self.pages: list[requests.Response] = []
        self.threads: list[threading.Thread] = []

    def open(self, url: str, new: int = 0) -> bool:
        query = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(url).query))
        location = (
            query["redirect_uri"]
            + "/?"
            + urllib.parse.urlencode({"code": "the-auth-code", "state": query["state"]})
        )
        login_body = {
            **token_doc("auth.globus.org", "openid", "auth"),
            "id_token": self.keys.id_token(ALICE),
            "other_tokens": [
                token_doc("transfer.api.globus.org", TRANSFER_ALL, "transfer")
            ],
        }
        set_replies(
            self.auth,
            Reply(302, "", {"Location": location}),
            Reply(200, login_body),
            Reply(
                200,
                {
                    "issuer": ISSUER,
                    "jwks_uri": f"{self.auth.url}/jwk.json",
                    "id_token_signing_alg_values_supported": ["RS256"],
                },
            ),
            Reply(200, {"keys": [self.keys.jwk]}),
            CONSENTS,
        )
        thread = threading.Thread(
            target=lambda: self.pages.append(requests.get(url, timeout=10)), daemon=True
        )
        thread.start()
        self.threads.append(thread)
        return True


@pytest.fixture
def transfer_server() -> t.Iterator[LoopbackServer]:
    srv = LoopbackServer().start()
    try:
        yield srv
    finally:
        srv.stop()


def make_app(auth: LoopbackServer, token_file: pathlib.Path) -> UserApp:
    login_client = globus_sdk.NativeAppAuthClient(CLIENT_ID, base_url=auth.url)
    return UserApp(
        "Integration App",
        login_client=login_client,
        config=GlobusAppConfig(
            login_flow_manager="local-server",
            token_storage=JSONTokenStorage(token_file),
            request_refresh_tokens=True,
            environment="production",
        ),
    )


def paths(server: LoopbackServer) -> list[str]:
    return [f"{r.method} {r.path.split('?')[0]}" for r in server.requests]


def test_user_app_login_refresh_rerun_and_logout(
    server: LoopbackServer,
    transfer_server: LoopbackServer,
    tmp_path: pathlib.Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("SSH_CLIENT", raising=False)
    monkeypatch.delenv("SSH_CONNECTION", raising=False)
    keys = Keys()
    browser = Browser(server, keys)
    monkeypatch.setattr(webbrowser, "get", lambda: browser)
    token_file = tmp_path / "tokens.json"

    # ---- first run: the first request logs the user in
    app = make_app(server, token_file)
    transfer = TransferClient(app=app, base_url=transfer_server.url)
    transfer.add_app_data_access_scope(COLLECTION_ID)
    transfer_server.queue(Reply(200, {"DATA_TYPE": "endpoint", "id": ENDPOINT_ID}))

    assert transfer.get_endpoint(ENDPOINT_ID)["id"] == ENDPOINT_ID
    for thread in browser.threads:
        thread.join(timeout=10)

    assert paths(server) == [
        "GET /v2/oauth2/authorize",
        "POST /v2/oauth2/token",
        "GET /.well-known/openid-configuration",
        "GET /jwk.json",
        f"GET /v2/api/identities/{ALICE}/consents",
    ]
    authorize = dict(
        urllib.parse.parse_qsl(urllib.parse.urlsplit(server.requests[0].path).query)
    )
    assert set(authorize["scope"].split()) == {
        "openid",
        f"{TRANSFER_ALL}[*{DATA_ACCESS}]",
    }
    assert authorize["access_type"] == "offline"
    assert server.requests[4].headers["Authorization"] == "Bearer auth-access"
    assert (
        transfer_server.requests[-1].headers["Authorization"]
        == "Bearer transfer-access"
    )
    assert [p.status_code for p in browser.pages] == [200]

    saved = json.loads(token_file.read_text())
    saved_text = json.dumps(saved)
    assert "transfer-refresh" in saved_text and ALICE in saved_text

    # ---- a 401: the refresh token gets a new access token, the request is retried;
    # the refresh response has no id_token and no (rotated) refresh token
    set_replies(
        server,
        Reply(
            200,
            {
                "resource_server": "transfer.api.globus.org",
                "scope": TRANSFER_ALL,
                "access_token": "transfer-access-2",
                "expires_in": 3600,
                "token_type": "Bearer",
                "other_tokens": [],
            },
        ),
    )
    before = len(server.requests)
    transfer_server.queue(
        Reply(401, {"code": "AuthenticationFailed"}),
        Reply(200, {"DATA_TYPE": "endpoint", "id": ENDPOINT_ID}),
    )
    with transfer_server._lock:
        transfer_server.replies.pop(0)  # the first run's reply
    transfer.get_endpoint(ENDPOINT_ID)
    # the consents read at login still hold: a refresh does not read them again
    assert paths(server)[before:] == ["POST /v2/oauth2/token"]
    refresh_form = dict(urllib.parse.parse_qsl(server.requests[before].body.decode()))
    assert refresh_form["grant_type"] == "refresh_token"
    assert refresh_form["refresh_token"] == "transfer-refresh"
    assert [r.headers["Authorization"] for r in transfer_server.requests[-2:]] == [
        "Bearer transfer-access",
        "Bearer transfer-access-2",
    ]
    saved_transfer = json.loads(token_file.read_text())["data"]["DEFAULT"][
        "transfer.api.globus.org"
    ]
    assert saved_transfer["access_token"] == "transfer-access-2"
    assert saved_transfer["refresh_token"] == "transfer-refresh"
    assert saved_transfer["identity_id"] == ALICE

    # ---- a second run over the same token file: no login
    set_replies(server, CONSENTS)
    rerun = make_app(server, token_file)
    rerun_transfer = TransferClient(app=rerun, base_url=transfer_server.url)
    rerun_transfer.add_app_data_access_scope(COLLECTION_ID)
    assert rerun.login_required() is False
    rerun_transfer.get_endpoint(ENDPOINT_ID)
    assert transfer_server.requests[-1].headers["Authorization"] == (
        "Bearer transfer-access-2"
    )
    assert "GET /v2/oauth2/authorize" not in paths(server)[1:]

    # ---- logout: every token revoked, the file emptied of tokens
    set_replies(server, Reply(200, {}))
    before = len(server.requests)
    rerun.logout()
    revokes = server.requests[before:]
    assert {r.path for r in revokes} == {"/v2/oauth2/token/revoke"}
    revoked = sorted(
        dict(urllib.parse.parse_qsl(r.body.decode()))["token"] for r in revokes
    )
    assert revoked == sorted(
        ["auth-access", "auth-refresh", "transfer-access-2", "transfer-refresh"]
    )
    assert "transfer-access" not in token_file.read_text()
    assert rerun.login_required() is True
