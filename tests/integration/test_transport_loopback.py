"""The transport, retries and BaseClient against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import json
import socket
import typing as t
import unittest.mock

import pytest

import globus_sdk
from globus_sdk.authorizers import AccessTokenAuthorizer, GlobusAuthorizer
from globus_sdk.transport import RequestsTransport
from support.loopback import LoopbackServer, Reply


class LoopbackClient(globus_sdk.BaseClient):
    service_name = "loopback"


def make_client(server: LoopbackServer, **kwargs: t.Any) -> LoopbackClient:
    return LoopbackClient(base_url=server.url, **kwargs)


class CountingAuthorizer(GlobusAuthorizer):
    """Hands out token-1, then token-2 after handle_missing_authorization()."""

    def __init__(self, can_renew: bool = True) -> None:
        self.token = "token-1"
        self.renewals = 0
        self.can_renew = can_renew

    def get_authorization_header(self) -> str:
        return f"Bearer {self.token}"

    def handle_missing_authorization(self) -> bool:
        if not self.can_renew:
            return False
        self.renewals += 1
        self.token = f"token-{self.renewals + 1}"
        return True


def test_get_json_roundtrip(server: LoopbackServer) -> None:
    server.queue(Reply(200, {"hello": "world"}))
    client = make_client(server, authorizer=AccessTokenAuthorizer("secret-token"))
    res = client.get("/things/1", query_params={"a": "b", "skip": globus_sdk.MISSING})
    assert res.http_status == 200
    assert res["hello"] == "world"
    (seen,) = server.requests
    assert seen.method == "GET"
    assert seen.path == "/things/1?a=b"
    assert seen.headers["Authorization"] == "Bearer secret-token"
    assert seen.headers["User-Agent"] == f"globus-sdk-py-{globus_sdk.__version__}"
    assert seen.headers["X-Globus-Client-Info"] == (
        f"product=python-sdk,version={globus_sdk.__version__}"
    )


@pytest.mark.parametrize(
    ("encoding", "data", "content_type", "body"),
    [
        (None, {"x": 1, "gone": globus_sdk.MISSING, "n": None}, "application/json", b'{"x": 1, "n": null}'),
        ("form", {"grant_type": "x", "gone": globus_sdk.MISSING}, "application/x-www-form-urlencoded", b"grant_type=x"),
        ("text", "plain words", None, b"plain words"),
    ],
)
def test_encoders_on_the_wire(
    server: LoopbackServer, encoding: str | None, data: t.Any, content_type: str | None, body: bytes
) -> None:
    client = make_client(server)
    client.post("/p", data=data, encoding=encoding)
    (seen,) = server.requests
    assert seen.body == body
    if content_type:
        assert seen.headers["Content-Type"] == content_type


def test_app_name_in_user_agent(server: LoopbackServer) -> None:
    client = make_client(server, app_name="my-app")
    client.get("/")
    assert server.requests[0].headers["User-Agent"].endswith("/my-app")


def test_transient_errors_are_retried_then_succeed(
    server: LoopbackServer, no_real_sleep: unittest.mock.MagicMock
) -> None:
    server.queue(Reply(503, {"code": "Busy"}), Reply(502, "bad gateway"), Reply(200, {"ok": True}))
    res = make_client(server).get("/retry")
    assert res["ok"] is True
    assert len(server.requests) == 3
    delays = [c.args[0] for c in no_real_sleep.call_args_list]
    assert len(delays) == 2
    # jittered exponential backoff: (0.25..0.75) * 2^attempt
    assert 0.25 <= delays[0] <= 0.75
    assert 0.5 <= delays[1] <= 1.5


def test_retries_stop_after_max_retries(server: LoopbackServer) -> None:
    server.queue(Reply(500, {"code": "Oops", "message": "server fell over"}))
    client = make_client(server)
    with pytest.raises(globus_sdk.GlobusAPIError) as excinfo:
        client.get("/always-500")
    assert excinfo.value.http_status == 500
    assert excinfo.value.code == "Oops"
    assert len(server.requests) == 1 + RequestsTransport.DEFAULT_MAX_RETRIES


def test_retry_after_seconds_is_used_and_capped(
    server: LoopbackServer, no_real_sleep: unittest.mock.MagicMock
) -> None:
    server.queue(
        Reply(429, {}, headers={"Retry-After": "3"}),
        Reply(429, {}, headers={"Retry-After": "100000"}),
        Reply(429, {}, headers={"Retry-After": "-5"}),
        Reply(200, {}),
    )
    make_client(server).get("/slow-down")
    delays = [c.args[0] for c in no_real_sleep.call_args_list]
    assert delays[0] == 3.0
    assert delays[1] == 10.0  # max_sleep caps it
    assert 0 < delays[2] <= 10.0  # a negative Retry-After is ignored: normal backoff
    assert all(d >= 0 for d in delays)


def test_retry_after_http_date(server: LoopbackServer, no_real_sleep: unittest.mock.MagicMock) -> None:
    server.queue(
        Reply(503, {}, headers={"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"}),
        Reply(200, {}),
    )
    make_client(server).get("/date")
    # a date in the past means "now": zero delay, never negative
    assert [c.args[0] for c in no_real_sleep.call_args_list] == [0.0]


def test_401_refreshes_once_then_gives_up(server: LoopbackServer) -> None:
    server.queue(Reply(401, {"code": "AuthenticationFailed"}))
    authz = CountingAuthorizer()
    with pytest.raises(globus_sdk.GlobusAPIError) as excinfo:
        make_client(server, authorizer=authz).get("/protected")
    assert excinfo.value.http_status == 401
    assert authz.renewals == 1
    assert [r.headers["Authorization"] for r in server.requests] == [
        "Bearer token-1",
        "Bearer token-2",
    ]


def test_401_then_refresh_succeeds(server: LoopbackServer) -> None:
    server.queue(Reply(401, {}), Reply(200, {"ok": 1}))
    authz = CountingAuthorizer()
    res = make_client(server, authorizer=authz).get("/protected")
    assert res["ok"] == 1
    assert authz.renewals == 1


def test_401_without_renewable_authorizer_is_not_retried(server: LoopbackServer) -> None:
    server.queue(Reply(401, {}))
    with pytest.raises(globus_sdk.GlobusAPIError):
        make_client(server, authorizer=CountingAuthorizer(can_renew=False)).get("/p")
    assert len(server.requests) == 1


def test_connection_refused_is_retried_then_network_error(
    no_real_sleep: unittest.mock.MagicMock,
) -> None:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()  # nothing listens on this port now
    client = LoopbackClient(base_url=f"http://127.0.0.1:{port}")
    with pytest.raises(globus_sdk.GlobusConnectionError):
        client.get("/")
    assert no_real_sleep.call_count == RequestsTransport.DEFAULT_MAX_RETRIES


def test_read_timeout_is_a_timeout_error(server: LoopbackServer) -> None:
    server.queue(Reply(200, {}, delay=2.0))
    client = make_client(server, transport_params={"http_timeout": 0.2, "max_retries": 0})
    with pytest.raises(globus_sdk.GlobusTimeoutError):
        client.get("/slow")


def test_tune_changes_settings_temporarily(server: LoopbackServer) -> None:
    server.queue(Reply(500, {}))
    client = make_client(server)
    with client.transport.tune(max_retries=1):
        with pytest.raises(globus_sdk.GlobusAPIError):
            client.get("/x")
    assert len(server.requests) == 2
    assert client.transport.max_retries == 5


def test_credentials_not_sent_to_foreign_origin(server: LoopbackServer) -> None:
    other = LoopbackServer().start()
    try:
        client = make_client(server, authorizer=AccessTokenAuthorizer("secret-token"))
        client.get(f"{other.url}/elsewhere")
        assert "Authorization" not in other.requests[0].headers
        # the same origin, given as an absolute URL, does get them
        client.get(f"{server.url}/here")
        assert server.requests[0].headers["Authorization"] == "Bearer secret-token"
    finally:
        other.stop()


def test_redirect_to_foreign_origin_drops_credentials(server: LoopbackServer) -> None:
    other = LoopbackServer().start()
    try:
        server.queue(Reply(302, None, headers={"Location": f"{other.url}/landing"}))
        client = make_client(server, authorizer=AccessTokenAuthorizer("secret-token"))
        client.get("/go")
        assert server.requests[0].headers["Authorization"] == "Bearer secret-token"
        assert "Authorization" not in other.requests[0].headers
    finally:
        other.stop()


def test_error_body_html_page(server: LoopbackServer) -> None:
    server.queue(Reply(502, "<html><body>" + "x" * 5000 + "</body></html>",
                       headers={"Content-Type": "text/html"}))
    client = make_client(server, transport_params={"max_retries": 0})
    with pytest.raises(globus_sdk.GlobusAPIError) as excinfo:
        client.get("/html")
    err = excinfo.value
    assert err.http_status == 502
    assert err.raw_json is None
    assert len(str(err)) < 1000


def test_empty_204_is_normal(server: LoopbackServer, caplog: pytest.LogCaptureFixture) -> None:
    server.queue(Reply(204, None))
    res = make_client(server).delete("/thing")
    assert res.http_status == 204
    assert res.data is None
    assert not [r for r in caplog.records if r.levelname == "WARNING"]


def test_ids_in_paths_cannot_change_the_route(server: LoopbackServer) -> None:
    from globus_sdk._internal.urls import quote_id

    client = make_client(server)
    client.get(f"/items/{quote_id('../admin?x=1#frag')}")
    assert server.requests[0].path == "/items/..%2Fadmin%3Fx%3D1%23frag"
    for bad in ("..", ".", ""):
        with pytest.raises(globus_sdk.GlobusSDKUsageError, match="not a valid id"):
            quote_id(bad)
    assert len(server.requests) == 1


def test_json_body_with_uuid_and_payload_wrapper(server: LoopbackServer) -> None:
    import uuid

    class Payload(globus_sdk.utils.PayloadWrapper):
        pass

    p = Payload()
    p["id"] = uuid.UUID(int=1)
    p["nested"] = {"drop": globus_sdk.MISSING, "keep": [1, globus_sdk.MISSING]}
    make_client(server).post("/p", data=p)
    assert json.loads(server.requests[0].body) == {
        "id": str(uuid.UUID(int=1)),
        "nested": {"keep": [1]},
    }
