"""A UserApp driving a TransferClient: login, consent checks, refresh, 401, logout."""

from __future__ import annotations

import json
import time
import typing as t

import pytest
import responses

import globus_sdk
from globus_sdk import GlobusAppConfig, TransferClient, UserApp
from globus_sdk.gare import GlobusAuthorizationParameters
from globus_sdk.tokenstorage import MemoryTokenStorage
from globus_sdk.tokenstorage.v2.validating_token_storage import (
    IdentityMismatchError,
    MissingTokenError,
    TokenValidationError,
    UnmetScopeRequirementsError,
)
from unit.globus_app._fakes import (
    ALICE,
    AUTH_RS,
    BOB,
    COLLECTION_ID,
    DATA_ACCESS,
    ENDPOINT_ID,
    ENDPOINT_URL,
    NATIVE_CLIENT_ID,
    REVOKE_URL,
    TOKEN_URL,
    TRANSFER_ALL,
    TRANSFER_RS,
    FakeIDTokenDecoder,
    RecordingLoginFlowManager,
    calls_to,
    consent,
    consents_url,
    form_of,
    form_of_request,
    login_body,
    token_body,
    token_doc,
)


class AppFixture:
    def __init__(self, **config_kwargs: t.Any) -> None:
        self.storage = config_kwargs.pop("token_storage", None) or MemoryTokenStorage()
        self.login_client = globus_sdk.NativeAppAuthClient(NATIVE_CLIENT_ID)
        self.flow = RecordingLoginFlowManager(
            self.login_client,
            request_refresh_tokens=config_kwargs.get("request_refresh_tokens", False),
        )
        self.config = GlobusAppConfig(
            token_storage=self.storage,
            login_flow_manager=self.flow,
            id_token_decoder=FakeIDTokenDecoder,
            environment="production",
            **config_kwargs,
        )
        self.app = UserApp(
            "test-app", login_client=self.login_client, config=self.config
        )
        self.transfer = TransferClient(app=self.app)


@pytest.fixture
def fx() -> AppFixture:
    return AppFixture()


def add_endpoint_ok() -> None:
    responses.add(
        "GET", ENDPOINT_URL, json={"DATA_TYPE": "endpoint", "id": ENDPOINT_ID}
    )


def test_login_runs_the_flow_for_every_required_scope(fx: AppFixture) -> None:
    assert fx.app.login_required() is True
    responses.add("POST", TOKEN_URL, json=login_body())

    fx.app.login()

    assert len(fx.flow.authorize_urls) == 1
    query = fx.flow.last_query
    assert set(query["scope"].split()) == {"openid", TRANSFER_ALL}
    assert query["access_type"] == "online"
    (call,) = calls_to(TOKEN_URL)
    assert form_of(call)["code"] == "auth-code-1"

    stored = fx.storage.get_token_data_by_resource_server()
    assert set(stored) == {AUTH_RS, TRANSFER_RS}
    assert {d.identity_id for d in stored.values()} == {ALICE}
    assert fx.app.login_required() is False
    # logging in again is not needed...
    fx.app.login()
    assert len(fx.flow.authorize_urls) == 1


def test_first_request_logs_in_then_uses_the_token(fx: AppFixture) -> None:
    responses.add("POST", TOKEN_URL, json=login_body())
    add_endpoint_ok()

    assert fx.transfer.get_endpoint(ENDPOINT_ID)["id"] == ENDPOINT_ID
    assert fx.transfer.get_endpoint(ENDPOINT_ID)["id"] == ENDPOINT_ID

    assert len(fx.flow.authorize_urls) == 1
    endpoint_calls = calls_to(ENDPOINT_URL)
    assert [c.request.headers["Authorization"] for c in endpoint_calls] == [
        "Bearer transfer-access",
        "Bearer transfer-access",
    ]
    assert endpoint_calls[0].request.headers["User-Agent"].endswith("/test-app")


def test_force_and_auth_params_log_in_again(fx: AppFixture) -> None:
    responses.add("POST", TOKEN_URL, json=login_body())
    fx.app.login()
    fx.app.login(force=True)
    assert len(fx.flow.authorize_urls) == 2

    params = GlobusAuthorizationParameters(
        required_scopes=[f"{TRANSFER_ALL}[*{DATA_ACCESS}]", "openid"],
        session_required_identities=[ALICE],
        session_message="needs a fresh login",
        prompt="login",
    )
    fx.app.login(auth_params=params)
    assert len(fx.flow.authorize_urls) == 3
    query = fx.flow.last_query
    # the app's scopes and the extra ones, merged: one entry per scope string
    assert sorted(query["scope"].split()) == sorted(
        ["openid", f"{TRANSFER_ALL}[*{DATA_ACCESS}]"]
    )
    assert query["session_required_identities"] == ALICE
    assert query["session_message"] == "needs a fresh login"
    assert query["prompt"] == "login"
    # the caller's parameters are not modified
    assert params.required_scopes == [f"{TRANSFER_ALL}[*{DATA_ACCESS}]", "openid"]


def test_expired_access_token_means_a_new_login(
    fx: AppFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    responses.add("POST", TOKEN_URL, json=login_body(expires_in=100))
    responses.add("POST", TOKEN_URL, json=login_body(expires_in=3600, prefix="second-"))
    add_endpoint_ok()
    fx.transfer.get_endpoint(ENDPOINT_ID)

    later = time.time() + 200
    monkeypatch.setattr(time, "time", lambda: later)
    assert fx.app.login_required() is True
    fx.transfer.get_endpoint(ENDPOINT_ID)

    assert len(fx.flow.authorize_urls) == 2
    assert calls_to(ENDPOINT_URL)[-1].request.headers["Authorization"] == (
        "Bearer second-transfer-access"
    )


def test_access_token_mode_cannot_recover_from_a_401(fx: AppFixture) -> None:
    responses.add("POST", TOKEN_URL, json=login_body())
    responses.add(
        "GET", ENDPOINT_URL, status=401, json={"code": "AuthenticationFailed"}
    )
    with pytest.raises(globus_sdk.GlobusAPIError) as excinfo:
        fx.transfer.get_endpoint(ENDPOINT_ID)
    assert excinfo.value.http_status == 401
    assert len(calls_to(ENDPOINT_URL)) == 1


def test_refresh_tokens_renew_an_expired_token_and_recover_from_a_401(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fx = AppFixture(request_refresh_tokens=True)
    responses.add("POST", TOKEN_URL, json=login_body(refresh=True, expires_in=100))
    fx.app.login()
    assert fx.flow.last_query["access_type"] == "offline"

    # the access token expires: the authorizer renews it with the refresh token
    later = time.time() + 200
    monkeypatch.setattr(time, "time", lambda: later)
    assert fx.app.login_required() is False
    responses.replace(
        "POST",
        TOKEN_URL,
        json=token_body(
            token_doc(
                TRANSFER_RS, TRANSFER_ALL, "renewed-1", refresh_token="transfer-refresh"
            ),
            identity_id=None,
        ),
    )
    add_endpoint_ok()
    fx.transfer.get_endpoint(ENDPOINT_ID)
    refresh_call = calls_to(TOKEN_URL)[-1]
    assert form_of(refresh_call)["grant_type"] == "refresh_token"
    assert form_of(refresh_call)["refresh_token"] == "transfer-refresh"
    assert (
        calls_to(ENDPOINT_URL)[-1].request.headers["Authorization"]
        == "Bearer renewed-1"
    )
    stored = fx.storage.get_token_data(TRANSFER_RS)
    assert stored is not None
    assert (stored.access_token, stored.identity_id) == ("renewed-1", ALICE)

    # a 401: the token is renewed once more and the request retried
    responses.replace(
        "POST",
        TOKEN_URL,
        json=token_body(
            token_doc(
                TRANSFER_RS, TRANSFER_ALL, "renewed-2", refresh_token="transfer-refresh"
            ),
            identity_id=None,
        ),
    )
    # the transport reuses one prepared request for the retry: record the header
    # each attempt is sent with
    sent: list[str] = []

    def first_401(request: t.Any) -> tuple[int, dict[str, str], str]:
        sent.append(request.headers["Authorization"])
        if len(sent) == 1:
            return 401, {}, '{"code": "AuthenticationFailed"}'
        return 200, {}, json.dumps({"id": ENDPOINT_ID})

    responses.remove("GET", ENDPOINT_URL)
    responses.add_callback("GET", ENDPOINT_URL, callback=first_401)
    assert fx.transfer.get_endpoint(ENDPOINT_ID)["id"] == ENDPOINT_ID
    assert sent == ["Bearer renewed-1", "Bearer renewed-2"]
    assert len(fx.flow.authorize_urls) == 1


def test_login_as_another_identity_is_refused(fx: AppFixture) -> None:
    responses.add("POST", TOKEN_URL, json=login_body(identity_id=ALICE))
    responses.add("POST", TOKEN_URL, json=login_body(identity_id=BOB, prefix="bob-"))
    fx.app.login()
    with pytest.raises(IdentityMismatchError):
        fx.app.login(force=True)
    stored = fx.storage.get_token_data(TRANSFER_RS)
    assert stored is not None and stored.access_token == "transfer-access"


def test_dependent_scopes_are_checked_against_consents_during_login(
    fx: AppFixture,
) -> None:
    fx.transfer.add_app_data_access_scope(COLLECTION_ID)
    responses.add("POST", TOKEN_URL, json=login_body())
    responses.add(
        "GET",
        consents_url(ALICE),
        json={
            "consents": [consent(1, TRANSFER_ALL, [1]), consent(2, DATA_ACCESS, [1, 2])]
        },
    )
    add_endpoint_ok()

    fx.transfer.get_endpoint(ENDPOINT_ID)

    assert f"{TRANSFER_ALL}[*{DATA_ACCESS}]" in fx.flow.last_query["scope"].split()
    (consents_call,) = calls_to(consents_url(ALICE))
    # the consents are read with the Globus Auth token of the login being stored
    assert consents_call.request.headers["Authorization"] == "Bearer auth-access"
    assert len(fx.flow.authorize_urls) == 1


def test_missing_consent_fails_the_login(fx: AppFixture) -> None:
    # a required (not optional) dependency must have been consented to
    fx.transfer.add_app_scope(f"{TRANSFER_ALL}[{DATA_ACCESS}]")
    responses.add("POST", TOKEN_URL, json=login_body())
    responses.add(
        "GET", consents_url(ALICE), json={"consents": [consent(1, TRANSFER_ALL, [1])]}
    )
    with pytest.raises(UnmetScopeRequirementsError):
        fx.app.login()
    assert fx.storage.get_token_data_by_resource_server() == {}


def test_a_new_app_over_stored_tokens_checks_consents_without_logging_in(
    fx: AppFixture,
) -> None:
    fx.transfer.add_app_data_access_scope(COLLECTION_ID)
    responses.add("POST", TOKEN_URL, json=login_body())
    responses.add(
        "GET",
        consents_url(ALICE),
        json={
            "consents": [consent(1, TRANSFER_ALL, [1]), consent(2, DATA_ACCESS, [1, 2])]
        },
    )
    add_endpoint_ok()
    fx.app.login()

    # "the next run": same storage, new app and client
    again = AppFixture(token_storage=fx.storage)
    again.transfer.add_app_data_access_scope(COLLECTION_ID)
    assert again.app.login_required() is False
    again.transfer.get_endpoint(ENDPOINT_ID)
    assert again.flow.authorize_urls == []
    for call in calls_to(consents_url(ALICE)):
        assert call.request.headers["Authorization"] == "Bearer auth-access"


def test_new_requirement_after_login_triggers_a_new_login(fx: AppFixture) -> None:
    responses.add("POST", TOKEN_URL, json=login_body())
    add_endpoint_ok()
    fx.transfer.get_endpoint(ENDPOINT_ID)

    fx.app.add_scope_requirements(
        {"groups.api.globus.org": "urn:globus:auth:scope:groups.api.globus.org:all"}
    )
    assert fx.app.login_required() is True


def test_without_error_handler_validation_errors_are_raised() -> None:
    fx = AppFixture(token_validation_error_handler=None)
    with pytest.raises(MissingTokenError):
        fx.transfer.get_endpoint(ENDPOINT_ID)
    assert fx.flow.authorize_urls == []


def test_custom_error_handler() -> None:
    seen: list[tuple[t.Any, TokenValidationError]] = []

    def handler(app: globus_sdk.GlobusApp, error: TokenValidationError) -> None:
        seen.append((app, error))
        raise RuntimeError("no login in this program")

    fx = AppFixture(token_validation_error_handler=handler)
    with pytest.raises(RuntimeError, match="no login"):
        fx.transfer.get_endpoint(ENDPOINT_ID)
    assert seen[0][0] is fx.app
    assert isinstance(seen[0][1], MissingTokenError)


def test_logout_revokes_and_removes_every_token() -> None:
    fx = AppFixture(request_refresh_tokens=True)
    responses.add("POST", TOKEN_URL, json=login_body(refresh=True))
    responses.add(
        "POST", "https://auth.globus.org/v2/oauth2/token/revoke", json={"active": False}
    )
    fx.app.login()

    fx.app.logout()

    revoked = sorted(form_of(c)["token"] for c in calls_to(REVOKE_URL))
    assert revoked == sorted(
        ["auth-access", "auth-refresh", "transfer-access", "transfer-refresh"]
    )
    assert all(
        form_of(c)["client_id"] == NATIVE_CLIENT_ID for c in calls_to(REVOKE_URL)
    )
    assert fx.storage.get_token_data_by_resource_server() == {}
    assert fx.app.login_required() is True


def test_logout_removes_tokens_even_if_revocation_fails(fx: AppFixture) -> None:
    responses.add("POST", TOKEN_URL, json=login_body())
    responses.add("POST", REVOKE_URL, status=500, json={"error": "server_error"})
    fx.app.login()
    with pytest.raises(globus_sdk.GlobusAPIError):
        fx.app.logout()
    assert fx.storage.get_token_data_by_resource_server() == {}


def test_tokens_are_never_logged(
    fx: AppFixture, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("DEBUG")
    responses.add("POST", TOKEN_URL, json=login_body(prefix="S3CR3T-"))
    add_endpoint_ok()
    fx.transfer.get_endpoint(ENDPOINT_ID)
    fx.app.login(force=True)
    assert "S3CR3T" not in caplog.text
    assert "auth-code-" not in caplog.text


def test_consent_check_renews_an_expired_auth_token(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fx = AppFixture(request_refresh_tokens=True)
    fx.transfer.add_app_data_access_scope(COLLECTION_ID)
    consents_body = {
        "consents": [consent(1, TRANSFER_ALL, [1]), consent(2, DATA_ACCESS, [1, 2])]
    }
    responses.add("POST", TOKEN_URL, json=login_body(refresh=True, expires_in=100))
    responses.add("GET", consents_url(ALICE), json=consents_body)
    fx.app.login()

    # the next run, after every access token expired
    later = time.time() + 200
    monkeypatch.setattr(time, "time", lambda: later)

    def refresh(request: t.Any) -> tuple[int, dict[str, str], str]:
        form = form_of_request(request)
        rs = AUTH_RS if form["refresh_token"] == "auth-refresh" else TRANSFER_RS
        scope = "openid" if rs == AUTH_RS else TRANSFER_ALL
        body = token_body(
            token_doc(rs, scope, f"renewed-{rs}", refresh_token=form["refresh_token"]),
            identity_id=None,
        )
        return 200, {}, json.dumps(body)

    responses.remove("POST", TOKEN_URL)
    responses.add_callback("POST", TOKEN_URL, callback=refresh)
    add_endpoint_ok()

    again = AppFixture(token_storage=fx.storage, request_refresh_tokens=True)
    again.transfer.add_app_data_access_scope(COLLECTION_ID)
    again.transfer.get_endpoint(ENDPOINT_ID)

    assert again.flow.authorize_urls == []
    last_consents = calls_to(consents_url(ALICE))[-1]
    assert last_consents.request.headers["Authorization"] == (
        f"Bearer renewed-{AUTH_RS}"
    )
    assert calls_to(ENDPOINT_URL)[-1].request.headers["Authorization"] == (
        f"Bearer renewed-{TRANSFER_RS}"
    )
    stored_auth = fx.storage.get_token_data(AUTH_RS)
    assert stored_auth is not None
    assert (stored_auth.access_token, stored_auth.identity_id) == (
        f"renewed-{AUTH_RS}",
        ALICE,
    )


def _refresh_endpoint(*, rotate: bool = False) -> list[str]:
    """
    A token endpoint answering refresh grants as Globus Auth does: no ``id_token``,
    and no ``refresh_token`` unless ``rotate``; the new access tokens last 100
    seconds. Returns the refresh tokens it saw.
    """
    seen: list[str] = []

    def refresh(request: t.Any) -> tuple[int, dict[str, str], str]:
        form = form_of_request(request)
        assert form["grant_type"] == "refresh_token"
        seen.append(form["refresh_token"])
        rs = AUTH_RS if form["refresh_token"].startswith("auth-") else TRANSFER_RS
        scope = "openid" if rs == AUTH_RS else TRANSFER_ALL
        doc = token_doc(
            rs,
            scope,
            f"renewed-{len(seen)}-{rs}",
            expires_in=100,
            refresh_token=f"rotated-{len(seen)}" if rotate else None,
        )
        return 200, {}, json.dumps(token_body(doc, identity_id=None))

    responses.remove("POST", TOKEN_URL)
    responses.add_callback("POST", TOKEN_URL, callback=refresh)
    return seen


def test_refresh_without_id_token_or_refresh_token_keeps_both(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fx = AppFixture(request_refresh_tokens=True)
    responses.add("POST", TOKEN_URL, json=login_body(refresh=True, expires_in=100))
    fx.app.login()
    seen = _refresh_endpoint()
    add_endpoint_ok()

    now = time.time()
    for n in (1, 2):
        later = now + 200 * n
        monkeypatch.setattr(time, "time", lambda later=later: later)
        fx.transfer.get_endpoint(ENDPOINT_ID)
        stored = fx.storage.get_token_data(TRANSFER_RS)
        assert stored is not None
        assert stored.access_token == f"renewed-{n}-{TRANSFER_RS}"
        assert stored.identity_id == ALICE
        assert stored.refresh_token == "transfer-refresh"
    assert seen == ["transfer-refresh", "transfer-refresh"]
    assert fx.app.token_storage.identity_id == ALICE
    assert len(fx.flow.authorize_urls) == 1


def test_rotated_refresh_token_is_stored(monkeypatch: pytest.MonkeyPatch) -> None:
    fx = AppFixture(request_refresh_tokens=True)
    responses.add("POST", TOKEN_URL, json=login_body(refresh=True, expires_in=100))
    fx.app.login()
    _refresh_endpoint(rotate=True)
    add_endpoint_ok()
    later = time.time() + 200
    monkeypatch.setattr(time, "time", lambda: later)
    fx.transfer.get_endpoint(ENDPOINT_ID)
    stored = fx.storage.get_token_data(TRANSFER_RS)
    assert stored is not None and stored.refresh_token == "rotated-1"


def test_consents_are_read_once_across_refreshes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fx = AppFixture(request_refresh_tokens=True)
    fx.transfer.add_app_data_access_scope(COLLECTION_ID)
    responses.add("POST", TOKEN_URL, json=login_body(refresh=True, expires_in=100))
    responses.add(
        "GET",
        consents_url(ALICE),
        json={
            "consents": [consent(1, TRANSFER_ALL, [1]), consent(2, DATA_ACCESS, [1, 2])]
        },
    )
    add_endpoint_ok()
    fx.transfer.get_endpoint(ENDPOINT_ID)
    assert len(calls_to(consents_url(ALICE))) == 1

    seen = _refresh_endpoint()
    now = time.time()
    for n in (1, 2, 3):
        later = now + 200 * n
        monkeypatch.setattr(time, "time", lambda later=later: later)
        fx.transfer.get_endpoint(ENDPOINT_ID)
        assert fx.app.login_required() is False

    assert seen == ["transfer-refresh"] * 3
    assert calls_to(ENDPOINT_URL)[-1].request.headers["Authorization"] == (
        f"Bearer renewed-3-{TRANSFER_RS}"
    )
    assert len(calls_to(consents_url(ALICE))) == 1
    assert len(fx.flow.authorize_urls) == 1

    # a new login (a new grant) reads the consents again
    responses.remove("POST", TOKEN_URL)
    responses.add("POST", TOKEN_URL, json=login_body(refresh=True, prefix="second-"))
    fx.app.login(force=True)
    assert len(calls_to(consents_url(ALICE))) == 2
    last = calls_to(consents_url(ALICE))[-1]
    assert last.request.headers["Authorization"] == "Bearer second-auth-access"


def test_expired_auth_token_of_a_consent_check_means_one_login(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # without refresh tokens, an expired Globus Auth token cannot read the consents:
    # that is a validation error (a login), not a failed consents request
    fx = AppFixture()
    fx.transfer.add_app_data_access_scope(COLLECTION_ID)
    responses.add("POST", TOKEN_URL, json=login_body(expires_in=100))
    responses.add(
        "POST", TOKEN_URL, json=login_body(expires_in=3600, prefix="second-")
    )
    responses.add(
        "GET",
        consents_url(ALICE),
        json={
            "consents": [consent(1, TRANSFER_ALL, [1]), consent(2, DATA_ACCESS, [1, 2])]
        },
    )
    add_endpoint_ok()
    fx.app.login()

    later = time.time() + 200
    monkeypatch.setattr(time, "time", lambda: later)
    again = AppFixture(token_storage=fx.storage)
    again.transfer.add_app_data_access_scope(COLLECTION_ID)
    again.transfer.get_endpoint(ENDPOINT_ID)

    assert len(again.flow.authorize_urls) == 1
    consents_calls = calls_to(consents_url(ALICE))
    assert [c.request.headers["Authorization"] for c in consents_calls] == [
        "Bearer auth-access",
        "Bearer second-auth-access",
    ]
    assert calls_to(ENDPOINT_URL)[-1].request.headers["Authorization"] == (
        "Bearer second-transfer-access"
    )


def test_dependent_scopes_required_on_globus_auth_itself() -> None:
    # the consent client's own token then needs a consent check: it is not recursive
    view_identities = "urn:globus:auth:scope:auth.globus.org:view_identities"
    fx = AppFixture()
    fx.app.add_scope_requirements({AUTH_RS: f"{view_identities}[{TRANSFER_ALL}]"})
    body = login_body()
    body["scope"] = f"openid {view_identities}"
    responses.add("POST", TOKEN_URL, json=body)
    responses.add(
        "GET",
        consents_url(ALICE),
        json={
            "consents": [
                consent(1, view_identities, [1]),
                consent(2, TRANSFER_ALL, [1, 2]),
                consent(3, "openid", [3]),
            ]
        },
    )
    fx.app.login()
    assert len(calls_to(consents_url(ALICE))) == 1

    again = AppFixture(token_storage=fx.storage)
    again.app.add_scope_requirements(
        {AUTH_RS: f"{view_identities}[{TRANSFER_ALL}]"}
    )
    authorizer = again.app.get_authorizer(AUTH_RS)
    assert authorizer.get_authorization_header() == "Bearer auth-access"
    assert again.flow.authorize_urls == []
    assert len(calls_to(consents_url(ALICE))) == 2
