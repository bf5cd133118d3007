from __future__ import annotations

import typing as t
import uuid

import pytest
import responses

import globus_sdk
from globus_sdk._testing import RegisteredResponse, get_last_request
from globus_sdk.authorizers import (
    AccessTokenAuthorizer,
    BasicAuthorizer,
    NullAuthorizer,
)


class MyClient(globus_sdk.BaseClient):
    service_name = "transfer"
    base_path = "/v0.10/"


def test_requires_service_name_or_base_url() -> None:
    with pytest.raises(globus_sdk.GlobusSDKUsageError, match="base_url"):
        globus_sdk.BaseClient()
    c = globus_sdk.BaseClient(base_url="https://api.example.org/")
    assert c.base_url == "https://api.example.org/"


def test_base_url_joins_base_path(clean_environ: None) -> None:
    assert MyClient().base_url == "https://transfer.api.globus.org/v0.10/"
    c = MyClient(base_url="https://proxy.example.org/custom/")
    assert c.base_url == "https://proxy.example.org/custom/v0.10/"
    assert MyClient(environment="sandbox").base_url == (
        "https://transfer.api.sandbox.globuscs.info/v0.10/"
    )


def test_app_and_authorizer_are_exclusive() -> None:
    with pytest.raises(globus_sdk.GlobusSDKUsageError, match="not both"):
        MyClient(app=object(), authorizer=NullAuthorizer())  # type: ignore[arg-type]


@pytest.mark.parametrize("method", ["get", "delete"])
def test_bodyless_methods(method: str) -> None:
    RegisteredResponse(service="transfer", path="/thing", method=method.upper(), json={"ok": 1}).add()
    client = MyClient(authorizer=AccessTokenAuthorizer("tok"))
    res = getattr(client, method)("/thing", query_params={"q": "1", "n": globus_sdk.MISSING},
                                  headers={"X-Extra": "yes"})
    assert res["ok"] == 1
    assert res.client is client
    req = get_last_request()
    assert req is not None
    assert req.method == method.upper()
    assert req.url == "https://transfer.api.globus.org/v0.10/thing?q=1"
    assert req.headers["Authorization"] == "Bearer tok"
    assert req.headers["X-Extra"] == "yes"
    assert req.headers["Accept"] == "application/json"


@pytest.mark.parametrize("method", ["post", "put", "patch"])
def test_body_methods(method: str) -> None:
    RegisteredResponse(service="transfer", path="/thing", method=method.upper(), json={}).add()
    client = MyClient(authorizer=BasicAuthorizer("user", "pass"))
    getattr(client, method)("/thing", data={"a": 1, "b": globus_sdk.MISSING, "c": None})
    req = get_last_request()
    assert req is not None
    assert req.body == b'{"a": 1, "c": null}'
    assert req.headers["Content-Type"] == "application/json"
    assert req.headers["Authorization"].startswith("Basic ")


def test_request_without_automatic_authorization() -> None:
    RegisteredResponse(service="transfer", path="/thing", json={}).add()
    MyClient(authorizer=AccessTokenAuthorizer("tok")).get("/thing", automatic_authorization=False)
    req = get_last_request()
    assert req is not None and "Authorization" not in req.headers


def test_path_is_quoted() -> None:
    responses.add(responses.GET, "https://transfer.api.globus.org/v0.10/wire/donn%C3%A9es/a%20b", json={})
    MyClient().get("/wire/données/a b")
    req = get_last_request()
    assert req is not None
    assert req.url == "https://transfer.api.globus.org/v0.10/wire/donn%C3%A9es/a%20b"


def test_error_response_raises_error_class() -> None:
    class MyError(globus_sdk.GlobusAPIError):
        pass

    class ErrClient(MyClient):
        error_class = MyError

    RegisteredResponse(service="transfer", path="/x", status=409, json={"code": "Conflict"}).add()
    with pytest.raises(MyError) as excinfo:
        ErrClient().get("/x")
    assert excinfo.value.code == "Conflict"


def test_unknown_encoding_is_usage_error() -> None:
    with pytest.raises(globus_sdk.GlobusSDKUsageError, match="encoding"):
        MyClient().post("/x", data={}, encoding="yaml")


def test_invalid_url_is_usage_error() -> None:
    with pytest.raises(globus_sdk.GlobusSDKUsageError):
        MyClient().get("http://")


def test_app_name_and_repr() -> None:
    c = MyClient(app_name="demo")
    assert c.app_name == "demo"
    assert c.transport.user_agent.endswith("/demo")
    assert "transfer.api.globus.org" in repr(c)


def test_resource_server_and_default_scopes() -> None:
    assert MyClient().resource_server is None
    with pytest.raises(NotImplementedError):
        MyClient().default_scope_requirements  # noqa: B018


def test_transport_params() -> None:
    c = MyClient(transport_params={"http_timeout": 5, "max_retries": 2})
    assert c.transport.http_timeout == 5.0
    assert c.transport.max_retries == 2


def test_uuid_query_and_payload() -> None:
    RegisteredResponse(service="transfer", path="/x", method="POST", json={}).add()
    u = uuid.UUID(int=7)
    MyClient().post("/x", data={"id": u, "ids": [u]})
    req = get_last_request()
    assert req is not None
    assert req.body == f'{{"id": "{u}", "ids": ["{u}"]}}'.encode()


def _call_all(client: MyClient) -> list[t.Any]:
    return [client.get("/a"), client.post("/a", data={})]


def test_path_with_base_path_is_not_prefixed_twice() -> None:
    RegisteredResponse(service="transfer", path="/endpoint/x", json={}).add()
    MyClient().get("/v0.10/endpoint/x")
    req = get_last_request()
    assert req is not None
    assert req.url == "https://transfer.api.globus.org/v0.10/endpoint/x"


def test_enum_uuid_and_missing_values_in_params_headers_and_body() -> None:
    import enum
    import json
    import urllib.parse

    class Color(enum.Enum):
        red = "r"

    u = uuid.UUID(int=3)
    RegisteredResponse(service="transfer", path="/x", method="POST", json={}).add()
    MyClient().post(
        "/x",
        query_params={"c": Color.red, "l": [Color.red, u, globus_sdk.MISSING], "z": 0},
        headers={"X-Id": u, "X-Gone": globus_sdk.MISSING},  # type: ignore[dict-item]
        data={"c": Color.red, "t": (1, 2), "gone": globus_sdk.MISSING},
    )
    req = get_last_request()
    assert req is not None and req.url is not None and req.body is not None
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(req.url).query)
    assert query == {"c": ["r"], "l": ["r", str(u)], "z": ["0"]}
    assert req.headers["X-Id"] == str(u)
    assert "X-Gone" not in req.headers
    assert json.loads(req.body) == {"c": "r", "t": [1, 2]}


def test_each_retry_is_recorded_as_sent(no_real_sleep: t.Any) -> None:
    class Renewing(globus_sdk.authorizers.GlobusAuthorizer):
        token = "old"

        def get_authorization_header(self) -> str:
            return f"Bearer {self.token}"

        def handle_missing_authorization(self) -> bool:
            self.token = "new"
            return True

    RegisteredResponse(service="transfer", path="/p", status=401, json={}).add()
    RegisteredResponse(service="transfer", path="/p", json={"ok": True}).add()
    assert MyClient(authorizer=Renewing()).get("/p")["ok"] is True
    sent = [call.request.headers["Authorization"] for call in responses.calls]
    assert sent == ["Bearer old", "Bearer new"]
    # fresh credentials need no backoff
    assert [c.args[0] for c in no_real_sleep.call_args_list] == [0.0]


def test_client_follows_the_apps_environment(clean_environ: None) -> None:
    app = globus_sdk.ClientApp(
        "env-test",
        client_id="cfcfcfcf-0000-4000-8000-000000000001",
        client_secret="not-a-real-secret",
        config=globus_sdk.GlobusAppConfig(token_storage="memory", environment="sandbox"),
    )
    tc = globus_sdk.TransferClient(app=app)
    assert tc.environment == "sandbox"
    assert tc.base_url == "https://transfer.api.sandbox.globuscs.info/v0.10/"
    with pytest.raises(globus_sdk.GlobusSDKUsageError, match="Environment Mismatch"):
        globus_sdk.TransferClient(app=app, environment="production")


def test_debug_logs_never_show_credentials(caplog: pytest.LogCaptureFixture) -> None:
    import logging

    caplog.set_level(logging.DEBUG, logger="globus_sdk")
    responses.add(responses.GET, "https://transfer.api.globus.org/v0.10/x", json={})
    responses.add(responses.GET, "https://other.example.org/y", json={})
    client = MyClient(authorizer=AccessTokenAuthorizer("secret-token-value"))
    client.get("/x", query_params={"access_token": "query-secret", "ok": "1"})
    client.get("https://other.example.org/y")
    text = "\n".join(r.getMessage() for r in caplog.records)
    assert "request GET" in text
    assert "secret-token-value" not in text
    assert "query-secret" not in text


@pytest.mark.parametrize("url", ["https://host:notaport/x", "https://host:99999/x"])
def test_absolute_url_with_bad_port_is_usage_error(url: str) -> None:
    with pytest.raises(globus_sdk.GlobusSDKUsageError, match="invalid URL"):
        MyClient().get(url)
    with pytest.raises(globus_sdk.GlobusSDKUsageError):
        globus_sdk.BaseClient(base_url=url)
