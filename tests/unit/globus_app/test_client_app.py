"""A ClientApp driving a TransferClient: client credentials, renewal, 401, logout."""

from __future__ import annotations

import json
import time
import typing as t

import pytest
import responses

import globus_sdk
from globus_sdk import ClientApp, GlobusAppConfig, TransferClient
from globus_sdk.scopes import Scope
from globus_sdk.tokenstorage import MemoryTokenStorage, TokenStorageData
from unit.globus_app._fakes import (
    AUTH_RS,
    COLLECTION_ID,
    CONF_CLIENT_ID,
    CONF_CLIENT_SECRET,
    DATA_ACCESS,
    ENDPOINT_ID,
    ENDPOINT_URL,
    REVOKE_URL,
    TOKEN_URL,
    TRANSFER_ALL,
    TRANSFER_RS,
    calls_to,
    form_of,
    form_of_request,
    token_body,
    token_doc,
)


def cc_body(
    access_token: str, *, scope: str = TRANSFER_ALL, expires_in: int = 3600
) -> dict[str, t.Any]:
    body: dict[str, t.Any] = token_body(
        token_doc(TRANSFER_RS, scope, access_token, expires_in=expires_in),
        identity_id=None,
    )
    return body


class AppFixture:
    def __init__(self, storage: MemoryTokenStorage | None = None) -> None:
        self.storage = storage or MemoryTokenStorage()
        self.app = ClientApp(
            "svc",
            client_id=CONF_CLIENT_ID,
            client_secret=CONF_CLIENT_SECRET,
            config=GlobusAppConfig(
                token_storage=self.storage, environment="production"
            ),
        )
        self.transfer = TransferClient(app=self.app)


@pytest.fixture
def fx() -> AppFixture:
    return AppFixture()


def add_endpoint_ok() -> None:
    responses.add("GET", ENDPOINT_URL, json={"id": ENDPOINT_ID})


def add_token_endpoint(tokens_by_scope: dict[str, dict[str, t.Any]]) -> None:
    """A token endpoint answering each requested scope string with its own body."""

    def callback(request: t.Any) -> tuple[int, dict[str, str], str]:
        scope = form_of_request(request)["scope"]
        return (
            200,
            {"Content-Type": "application/json"},
            json.dumps(tokens_by_scope[scope]),
        )

    responses.add_callback("POST", TOKEN_URL, callback=callback)


def test_first_request_gets_a_token_with_client_credentials(fx: AppFixture) -> None:
    responses.add("POST", TOKEN_URL, json=cc_body("issued"))
    add_endpoint_ok()
    assert fx.app.login_required() is False  # tokens come on demand

    fx.transfer.get_endpoint(ENDPOINT_ID)
    fx.transfer.get_endpoint(ENDPOINT_ID)

    (token_call,) = calls_to(TOKEN_URL)
    assert form_of(token_call) == {
        "grant_type": "client_credentials",
        "scope": TRANSFER_ALL,
    }
    assert token_call.request.headers["Authorization"].startswith("Basic ")
    assert token_call.request.headers["User-Agent"].endswith("/svc")
    assert [c.request.headers["Authorization"] for c in calls_to(ENDPOINT_URL)] == [
        "Bearer issued",
        "Bearer issued",
    ]
    stored = fx.storage.get_token_data(TRANSFER_RS)
    assert stored is not None
    assert (stored.access_token, stored.identity_id) == ("issued", None)


def test_stored_token_is_reused_by_a_new_app(fx: AppFixture) -> None:
    responses.add("POST", TOKEN_URL, json=cc_body("issued"))
    add_endpoint_ok()
    fx.transfer.get_endpoint(ENDPOINT_ID)

    again = AppFixture(storage=fx.storage)
    again.transfer.get_endpoint(ENDPOINT_ID)
    assert len(calls_to(TOKEN_URL)) == 1


def test_dependent_scopes_are_requested_without_a_consent_lookup(
    fx: AppFixture,
) -> None:
    fx.transfer.add_app_data_access_scope(COLLECTION_ID)
    responses.add("POST", TOKEN_URL, json=cc_body("issued"))
    add_endpoint_ok()
    fx.transfer.get_endpoint(ENDPOINT_ID)
    (token_call,) = calls_to(TOKEN_URL)
    assert form_of(token_call)["scope"].split() == [
        TRANSFER_ALL,
        f"{TRANSFER_ALL}[*{DATA_ACCESS}]",
    ]
    assert [c.request.method for c in responses.calls] == ["POST", "GET"]


def test_expired_token_is_renewed(
    fx: AppFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    responses.add("POST", TOKEN_URL, json=cc_body("first", expires_in=100))
    responses.add("POST", TOKEN_URL, json=cc_body("second"))
    add_endpoint_ok()
    fx.transfer.get_endpoint(ENDPOINT_ID)
    later = time.time() + 200
    monkeypatch.setattr(time, "time", lambda: later)
    fx.transfer.get_endpoint(ENDPOINT_ID)
    assert [c.request.headers["Authorization"] for c in calls_to(ENDPOINT_URL)] == [
        "Bearer first",
        "Bearer second",
    ]
    stored = fx.storage.get_token_data(TRANSFER_RS)
    assert stored is not None and stored.access_token == "second"


def test_401_gets_a_new_token_and_retries(fx: AppFixture) -> None:
    responses.add("POST", TOKEN_URL, json=cc_body("first"))
    responses.add("POST", TOKEN_URL, json=cc_body("second"))
    sent: list[str] = []

    def first_401(request: t.Any) -> tuple[int, dict[str, str], str]:
        sent.append(request.headers["Authorization"])
        if len(sent) == 1:
            return 401, {}, '{"code": "AuthenticationFailed"}'
        return 200, {}, '{"id": "ok"}'

    responses.add_callback("GET", ENDPOINT_URL, callback=first_401)
    assert fx.transfer.get_endpoint(ENDPOINT_ID)["id"] == "ok"
    assert sent == ["Bearer first", "Bearer second"]


def test_new_root_scope_gets_new_tokens(fx: AppFixture) -> None:
    responses.add("POST", TOKEN_URL, json=cc_body("transfer-only"))
    add_endpoint_ok()
    fx.transfer.get_endpoint(ENDPOINT_ID)

    extra = "urn:globus:auth:scope:transfer.api.globus.org:gcp_install"
    fx.transfer.add_app_scope(extra)
    # the stored token lacks the new scope: the handler logs in again
    responses.remove("POST", TOKEN_URL)
    add_token_endpoint(
        {
            f"{TRANSFER_ALL} {extra}": cc_body("both", scope=f"{TRANSFER_ALL} {extra}"),
            "openid": token_body(
                token_doc(AUTH_RS, "openid", "auth-token"), identity_id=None
            ),
        }
    )
    fx.transfer.get_endpoint(ENDPOINT_ID)

    assert calls_to(ENDPOINT_URL)[-1].request.headers["Authorization"] == "Bearer both"
    requested = [form_of(c)["scope"] for c in calls_to(TOKEN_URL)[1:]]
    assert f"{TRANSFER_ALL} {extra}" in requested


def test_login_force_requests_each_resource_server(fx: AppFixture) -> None:
    add_token_endpoint(
        {
            TRANSFER_ALL: cc_body("transfer-token"),
            "openid": token_body(
                token_doc(AUTH_RS, "openid", "auth-token"), identity_id=None
            ),
        }
    )
    fx.app.login(force=True)
    requested = sorted(form_of(c)["scope"] for c in calls_to(TOKEN_URL))
    assert requested == sorted(["openid", TRANSFER_ALL])
    stored = fx.storage.get_token_data_by_resource_server()
    assert {rs: d.access_token for rs, d in stored.items()} == {
        TRANSFER_RS: "transfer-token",
        AUTH_RS: "auth-token",
    }


def test_login_with_auth_params_requests_their_scopes_too(fx: AppFixture) -> None:
    from globus_sdk.gare import GlobusAuthorizationParameters

    responses.add("POST", TOKEN_URL, json=cc_body("transfer-token"))
    fx.app.login(
        auth_params=GlobusAuthorizationParameters(
            required_scopes=["urn:globus:auth:scope:groups.api.globus.org:all"]
        )
    )
    requested = [form_of(c)["scope"] for c in calls_to(TOKEN_URL)]
    assert "urn:globus:auth:scope:groups.api.globus.org:all" in requested


def test_logout_revokes_and_removes(fx: AppFixture) -> None:
    responses.add("POST", TOKEN_URL, json=cc_body("issued"))
    responses.add("POST", REVOKE_URL, json={"active": False})
    add_endpoint_ok()
    fx.transfer.get_endpoint(ENDPOINT_ID)

    fx.app.logout()

    (revoke,) = calls_to(REVOKE_URL)
    assert form_of(revoke)["token"] == "issued"
    assert revoke.request.headers["Authorization"].startswith("Basic ")
    assert fx.storage.get_token_data_by_resource_server() == {}

    # the next request gets a new token
    responses.replace("POST", TOKEN_URL, json=cc_body("after-logout"))
    fx.transfer.get_endpoint(ENDPOINT_ID)
    assert calls_to(ENDPOINT_URL)[-1].request.headers["Authorization"] == (
        "Bearer after-logout"
    )


def test_secret_is_never_logged(
    fx: AppFixture, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("DEBUG")
    responses.add("POST", TOKEN_URL, json=cc_body("TOKEN-VALUE"))
    add_endpoint_ok()
    fx.transfer.get_endpoint(ENDPOINT_ID)
    assert CONF_CLIENT_SECRET not in caplog.text
    assert "TOKEN-VALUE" not in caplog.text


def test_client_app_is_a_globus_app(fx: AppFixture) -> None:
    assert isinstance(fx.app, globus_sdk.GlobusApp)


def test_dependent_scope_requirements_work_without_an_identity() -> None:
    # client credentials tokens carry no identity: the dependent scopes are
    # requested, and only the root scopes can be (and are) checked
    storage = MemoryTokenStorage()
    dependent = Scope(TRANSFER_ALL, dependencies=[Scope(DATA_ACCESS)])

    def make_app() -> ClientApp:
        return ClientApp(
            "svc",
            client_id=CONF_CLIENT_ID,
            client_secret=CONF_CLIENT_SECRET,
            scope_requirements={TRANSFER_RS: [dependent]},
            config=GlobusAppConfig(token_storage=storage, environment="production"),
        )

    app = make_app()
    transfer = TransferClient(app=app)
    responses.add("POST", TOKEN_URL, json=cc_body("issued"))
    add_endpoint_ok()
    assert app.login_required() is False
    transfer.get_endpoint(ENDPOINT_ID)
    (token_call,) = calls_to(TOKEN_URL)
    assert f"{TRANSFER_ALL}[{DATA_ACCESS}]" in form_of(token_call)["scope"].split()

    # a new app over the stored token: validated without any request
    again = make_app()
    before = len(responses.calls)
    assert again.login_required() is False
    assert len(responses.calls) == before
    TransferClient(app=again).get_endpoint(ENDPOINT_ID)
    assert len(calls_to(TOKEN_URL)) == 1
    assert [c.request.method for c in responses.calls] == ["POST", "GET", "GET"]

    # a token without the root scope is still refused (and replaced)
    storage.store_token_data_by_resource_server(
        {
            TRANSFER_RS: TokenStorageData(
                resource_server=TRANSFER_RS,
                identity_id=None,
                scope="urn:globus:auth:scope:transfer.api.globus.org:other",
                access_token="wrong-scope",
                refresh_token=None,
                expires_at_seconds=int(time.time()) + 3600,
                token_type="Bearer",
            )
        }
    )
    third = make_app()
    assert third.login_required() is True
