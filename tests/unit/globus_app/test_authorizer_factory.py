from __future__ import annotations

import time
import typing as t

import pytest
import responses

import globus_sdk
from globus_sdk.globus_app.authorizer_factory import (
    AccessTokenAuthorizerFactory,
    AuthorizerFactory,
    ClientCredentialsAuthorizerFactory,
    RefreshTokenAuthorizerFactory,
)
from globus_sdk.scopes import Scope
from globus_sdk.tokenstorage import (
    MemoryTokenStorage,
    TokenStorageData,
    ValidatingTokenStorage,
)
from globus_sdk.tokenstorage.v2.validating_token_storage import (
    ExpiredTokenError,
    MissingTokenError,
    UnchangingIdentityIDValidator,
)
from unit.globus_app._fakes import (
    ALICE,
    CONF_CLIENT_ID,
    CONF_CLIENT_SECRET,
    NATIVE_CLIENT_ID,
    TOKEN_URL,
    TRANSFER_ALL,
    TRANSFER_RS,
    calls_to,
    form_of,
    token_body,
    token_doc,
)


def data(
    *,
    access_token: str = "stored-access",
    refresh_token: str | None = None,
    expires_in: int = 3600,
    identity_id: str | None = ALICE,
) -> TokenStorageData:
    return TokenStorageData(
        resource_server=TRANSFER_RS,
        identity_id=identity_id,
        scope=TRANSFER_ALL,
        access_token=access_token,
        refresh_token=refresh_token,
        expires_at_seconds=int(time.time()) + expires_in,
        token_type="Bearer",
    )


def storage_with(*records: TokenStorageData) -> ValidatingTokenStorage:
    inner = MemoryTokenStorage()
    inner.store_token_data_by_resource_server({r.resource_server: r for r in records})
    return ValidatingTokenStorage(inner)


def test_factory_is_abstract_and_generic() -> None:
    with pytest.raises(TypeError):
        AuthorizerFactory(storage_with())  # type: ignore[abstract]
    assert issubclass(AccessTokenAuthorizerFactory, AuthorizerFactory)


def test_access_token_factory_caches_per_resource_server() -> None:
    factory = AccessTokenAuthorizerFactory(storage_with(data()))
    authorizer = factory.get_authorizer(TRANSFER_RS)
    assert isinstance(authorizer, globus_sdk.AccessTokenAuthorizer)
    assert authorizer.get_authorization_header() == "Bearer stored-access"
    assert factory.get_authorizer(TRANSFER_RS) is authorizer
    factory.clear_cache(TRANSFER_RS)
    assert factory.get_authorizer(TRANSFER_RS) is not authorizer
    with pytest.raises(MissingTokenError):
        factory.get_authorizer("other.rs")


def test_access_token_factory_refuses_an_expired_cached_token(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    factory = AccessTokenAuthorizerFactory(storage_with(data(expires_in=100)))
    factory.get_authorizer(TRANSFER_RS)
    later = time.time() + 200
    monkeypatch.setattr(time, "time", lambda: later)
    with pytest.raises(ExpiredTokenError):
        factory.get_authorizer(TRANSFER_RS)
    # clearing forgets the expiry along with the authorizer
    factory.clear_cache()
    assert factory._cached_authorizer_expiration == {}


def test_store_token_response_and_clear_cache() -> None:
    storage = storage_with(data())
    factory = AccessTokenAuthorizerFactory(storage)
    first = factory.get_authorizer(TRANSFER_RS)
    responses.add(
        "POST",
        TOKEN_URL,
        json=token_body(
            token_doc(TRANSFER_RS, TRANSFER_ALL, "new-access"), identity_id=None
        ),
    )
    client = globus_sdk.ConfidentialAppAuthClient(CONF_CLIENT_ID, CONF_CLIENT_SECRET)
    factory.store_token_response_and_clear_cache(
        client.oauth2_client_credentials_tokens(TRANSFER_ALL)
    )
    second = factory.get_authorizer(TRANSFER_RS)
    assert second is not first
    assert second.get_authorization_header() == "Bearer new-access"


def test_refresh_token_factory_needs_a_refresh_token() -> None:
    login_client = globus_sdk.NativeAppAuthClient(NATIVE_CLIENT_ID)
    factory = RefreshTokenAuthorizerFactory(storage_with(data()), login_client)
    assert factory.auth_login_client is login_client
    with pytest.raises(MissingTokenError, match="refresh_token"):
        factory.get_authorizer(TRANSFER_RS)


def test_refresh_token_factory_renews_and_keeps_the_identity() -> None:
    inner = MemoryTokenStorage()
    inner.store_token_data_by_resource_server(
        {TRANSFER_RS: data(refresh_token="stored-refresh", expires_in=-10)}
    )
    storage = ValidatingTokenStorage(
        inner, validators=[UnchangingIdentityIDValidator()]
    )
    factory = RefreshTokenAuthorizerFactory(
        storage, globus_sdk.NativeAppAuthClient(NATIVE_CLIENT_ID)
    )
    # a refresh response has no id_token, and here no new refresh token either
    responses.add(
        "POST",
        TOKEN_URL,
        json=token_body(
            token_doc(TRANSFER_RS, TRANSFER_ALL, "renewed-access"), identity_id=None
        ),
    )
    authorizer = factory.get_authorizer(TRANSFER_RS)
    assert isinstance(authorizer, globus_sdk.RefreshTokenAuthorizer)
    assert authorizer.get_authorization_header() == "Bearer renewed-access"

    (call,) = calls_to(TOKEN_URL)
    assert form_of(call)["grant_type"] == "refresh_token"
    assert form_of(call)["refresh_token"] == "stored-refresh"
    stored = inner.get_token_data(TRANSFER_RS)
    assert stored is not None
    assert stored.access_token == "renewed-access"
    assert stored.identity_id == ALICE
    assert stored.refresh_token == "stored-refresh"


def test_client_credentials_factory_starts_without_a_token() -> None:
    requirements: dict[str, list[globus_sdk.Scope]] = {
        TRANSFER_RS: [Scope(TRANSFER_ALL)]
    }
    client = globus_sdk.ConfidentialAppAuthClient(CONF_CLIENT_ID, CONF_CLIENT_SECRET)
    inner = MemoryTokenStorage()
    factory = ClientCredentialsAuthorizerFactory(
        ValidatingTokenStorage(inner), client, requirements
    )
    assert factory.confidential_client is client
    assert factory.scope_requirements is requirements

    responses.add(
        "POST",
        TOKEN_URL,
        json=token_body(
            token_doc(TRANSFER_RS, TRANSFER_ALL, "issued"), identity_id=None
        ),
    )
    authorizer = factory.get_authorizer(TRANSFER_RS)
    assert isinstance(authorizer, globus_sdk.ClientCredentialsAuthorizer)
    assert authorizer.get_authorization_header() == "Bearer issued"
    (call,) = calls_to(TOKEN_URL)
    assert form_of(call) == {"grant_type": "client_credentials", "scope": TRANSFER_ALL}
    stored = inner.get_token_data(TRANSFER_RS)
    assert stored is not None and stored.access_token == "issued"

    # a new authorizer starts from the stored token: no new request
    factory.clear_cache()
    assert (
        factory.get_authorizer(TRANSFER_RS).get_authorization_header()
        == "Bearer issued"
    )
    assert len(calls_to(TOKEN_URL)) == 1


def test_client_credentials_factory_needs_requirements() -> None:
    client = globus_sdk.ConfidentialAppAuthClient(CONF_CLIENT_ID, CONF_CLIENT_SECRET)
    factory = ClientCredentialsAuthorizerFactory(storage_with(), client, {})
    with pytest.raises(globus_sdk.GlobusSDKUsageError, match="No scope requirements"):
        factory.get_authorizer(TRANSFER_RS)


def test_factories_never_show_tokens() -> None:
    factory = AccessTokenAuthorizerFactory(
        storage_with(data(access_token="SECRET-TOKEN"))
    )
    authorizer: t.Any = factory.get_authorizer(TRANSFER_RS)
    assert "SECRET-TOKEN" not in repr(authorizer)
