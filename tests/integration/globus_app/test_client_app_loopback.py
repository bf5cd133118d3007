"""A ClientApp with a SQLite token file and a TransferClient, over real sockets."""

from __future__ import annotations

import base64
import pathlib
import typing as t
import urllib.parse

import pytest

import globus_sdk
from globus_sdk import ClientApp, GlobusAppConfig, TransferClient
from globus_sdk.tokenstorage import SQLiteTokenStorage
from support.loopback import LoopbackServer, Reply

CLIENT_ID = "cfcfcfcf-0000-4000-8000-000000000001"
CLIENT_SECRET = "loopback-client-secret"
ENDPOINT_ID = "e0e0e0e0-0000-4000-8000-000000000001"
TRANSFER_ALL = "urn:globus:auth:scope:transfer.api.globus.org:all"


def token_reply(access_token: str) -> Reply:
    return Reply(
        200,
        {
            "resource_server": "transfer.api.globus.org",
            "scope": TRANSFER_ALL,
            "access_token": access_token,
            "expires_in": 3600,
            "token_type": "Bearer",
            "other_tokens": [],
        },
    )


@pytest.fixture
def transfer_server() -> t.Iterator[LoopbackServer]:
    srv = LoopbackServer().start()
    try:
        yield srv
    finally:
        srv.stop()


def form(body: bytes) -> dict[str, str]:
    return dict(urllib.parse.parse_qsl(body.decode()))


def test_client_app_tokens_401_and_logout(
    server: LoopbackServer, transfer_server: LoopbackServer, tmp_path: pathlib.Path
) -> None:
    storage = SQLiteTokenStorage(tmp_path / "tokens.db")
    login_client = globus_sdk.ConfidentialAppAuthClient(
        CLIENT_ID, CLIENT_SECRET, base_url=server.url
    )
    app = ClientApp(
        "loopback-service",
        login_client=login_client,
        config=GlobusAppConfig(token_storage=storage, environment="production"),
    )
    transfer = TransferClient(app=app, base_url=transfer_server.url)

    # the first request gets a token with the client's credentials
    server.queue(token_reply("first"))
    transfer_server.queue(Reply(200, {"id": ENDPOINT_ID}))
    assert transfer.get_endpoint(ENDPOINT_ID)["id"] == ENDPOINT_ID
    (token_request,) = server.requests
    assert form(token_request.body) == {
        "grant_type": "client_credentials",
        "scope": TRANSFER_ALL,
    }
    expected_basic = base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
    assert token_request.headers["Authorization"] == f"Basic {expected_basic}"
    assert transfer_server.requests[-1].headers["Authorization"] == "Bearer first"
    stored = storage.get_token_data("transfer.api.globus.org")
    assert stored is not None and stored.access_token == "first"

    # a 401: a new token, and the request is retried
    with server._lock:
        server.replies[:] = [token_reply("second")]
    with transfer_server._lock:
        transfer_server.replies[:] = [
            Reply(401, {"code": "AuthenticationFailed"}),
            Reply(200, {"id": ENDPOINT_ID}),
        ]
    transfer.get_endpoint(ENDPOINT_ID)
    assert [r.headers["Authorization"] for r in transfer_server.requests[-2:]] == [
        "Bearer first",
        "Bearer second",
    ]
    stored = storage.get_token_data("transfer.api.globus.org")
    assert stored is not None and stored.access_token == "second"

    # logout revokes the token and forgets it
    with server._lock:
        server.replies[:] = [Reply(200, {})]
    before = len(server.requests)
    app.logout()
    (revoke,) = server.requests[before:]
    assert revoke.path == "/v2/oauth2/token/revoke"
    assert form(revoke.body)["token"] == "second"
    assert storage.get_token_data_by_resource_server() == {}
    storage.close()
