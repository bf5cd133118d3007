"""``ValidatingTokenStorage.store_token_response``: refresh responses keep the identity
and the refresh token already stored."""

from __future__ import annotations

import time
import typing as t

from globus_sdk.tokenstorage import (
    MemoryTokenStorage,
    TokenStorageData,
    UnchangingIdentityIDValidator,
    ValidatingTokenStorage,
)

ALICE = "a11ce000-0000-4000-8000-000000000001"


def stored(
    resource_server: str, *, refresh_token: str | None = "stored-refresh"
) -> TokenStorageData:
    return TokenStorageData(
        resource_server=resource_server,
        identity_id=ALICE,
        scope=f"{resource_server}:all",
        access_token="stored-access",
        refresh_token=refresh_token,
        expires_at_seconds=int(time.time()) - 10,
        token_type="Bearer",
    )


def storage_over(*records: TokenStorageData) -> ValidatingTokenStorage:
    inner = MemoryTokenStorage()
    inner.store_token_data_by_resource_server({r.resource_server: r for r in records})
    return ValidatingTokenStorage(inner, validators=[UnchangingIdentityIDValidator()])


def test_refresh_without_id_token_or_refresh_token_keeps_both(
    make_refresh_response: t.Any,
) -> None:
    storage = storage_over(stored("a.example"), stored("b.example"))
    response = make_refresh_response("a.example")
    assert "id_token" not in response and "refresh_token" not in response

    storage.store_token_response(response)

    renewed = storage.token_storage.get_token_data("a.example")
    assert renewed is not None
    assert renewed.access_token == "renewed-a.example"
    assert renewed.identity_id == ALICE
    assert renewed.refresh_token == "stored-refresh"
    assert storage.identity_id == ALICE
    # the other resource server is untouched
    other = storage.token_storage.get_token_data("b.example")
    assert other is not None and other.access_token == "stored-access"


def test_rotated_refresh_token_replaces_the_stored_one(
    make_refresh_response: t.Any,
) -> None:
    storage = storage_over(stored("a.example"))
    storage.store_token_response(
        make_refresh_response("a.example", refresh_token="rotated")
    )
    renewed = storage.token_storage.get_token_data("a.example")
    assert renewed is not None and renewed.refresh_token == "rotated"


def test_refresh_of_a_resource_server_with_nothing_stored(
    make_refresh_response: t.Any,
) -> None:
    storage = storage_over(stored("a.example"))
    storage.store_token_response(make_refresh_response("new.example"))
    renewed = storage.token_storage.get_token_data("new.example")
    assert renewed is not None
    assert (renewed.identity_id, renewed.refresh_token) == (ALICE, None)


def test_refresh_uses_the_identity_stored_in_the_namespace(
    make_refresh_response: t.Any,
) -> None:
    # the wrapper was created before the inner storage got its first tokens
    inner = MemoryTokenStorage()
    storage = ValidatingTokenStorage(
        inner, validators=[UnchangingIdentityIDValidator()]
    )
    assert storage.identity_id is None
    inner.store_token_data_by_resource_server({"a.example": stored("a.example")})

    storage.store_token_response(make_refresh_response("a.example"))
    renewed = inner.get_token_data("a.example")
    assert renewed is not None and renewed.identity_id == ALICE
    assert storage.identity_id == ALICE


def test_other_responses_without_refresh_token_store_none(
    make_token_response: t.Any,
) -> None:
    # only a refresh keeps the stored refresh token: a new grant replaces the record
    storage = storage_over(stored("a.example"))
    storage.store_token_response(
        make_token_response("a.example", identity_id=ALICE, refresh_token=None)
    )
    record = storage.token_storage.get_token_data("a.example")
    assert record is not None and record.refresh_token is None
