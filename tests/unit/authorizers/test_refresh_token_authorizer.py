from __future__ import annotations

import logging

import pytest

from globus_sdk.authorizers import RefreshTokenAuthorizer, RenewingAuthorizer


def test_is_a_renewing_authorizer():
    assert issubclass(RefreshTokenAuthorizer, RenewingAuthorizer)


def test_attributes(fake_auth_client_class, valid_expiry):
    client = fake_auth_client_class()
    callback = print
    authorizer = RefreshTokenAuthorizer(
        "rt-1",
        client,  # type: ignore[arg-type]
        access_token="at-1",
        expires_at=valid_expiry,
        on_refresh=callback,
    )
    assert authorizer.refresh_token == "rt-1"
    assert authorizer.auth_client is client
    assert authorizer.access_token == "at-1"
    assert authorizer.expires_at == valid_expiry
    assert authorizer.on_refresh is callback
    assert authorizer.get_authorization_header() == "Bearer at-1"
    assert client.calls == []


def test_fetches_token_with_refresh_token_on_first_use(
    fake_auth_client_class, token_response
):
    client = fake_auth_client_class(token_response("at-new"))
    authorizer = RefreshTokenAuthorizer("rt-1", client)  # type: ignore[arg-type]
    assert client.calls == []
    assert authorizer.get_authorization_header() == "Bearer at-new"
    assert client.calls == ["rt-1"]
    # no rotation: the refresh token stays
    assert authorizer.refresh_token == "rt-1"


def test_rotated_refresh_token_is_adopted(fake_auth_client_class, token_response):
    client = fake_auth_client_class(
        token_response("at-2", refresh_token="rt-2"),
        token_response("at-3", refresh_token="rt-3"),
    )
    refreshed = []
    authorizer = RefreshTokenAuthorizer(
        "rt-1",
        client,  # type: ignore[arg-type]
        on_refresh=lambda r: refreshed.append(authorizer.refresh_token),
    )
    assert authorizer.get_authorization_header() == "Bearer at-2"
    assert authorizer.refresh_token == "rt-2"
    assert authorizer.handle_missing_authorization() is True
    assert authorizer.get_authorization_header() == "Bearer at-3"
    assert client.calls == ["rt-1", "rt-2"]
    # on_refresh sees the rotated token already in place
    assert refreshed == ["rt-2", "rt-3"]


def test_on_refresh_failure_keeps_rotated_refresh_token(
    fake_auth_client_class, token_response
):
    client = fake_auth_client_class(token_response("at-2", refresh_token="rt-2"))

    def boom(_: object) -> None:
        raise OSError("disk full")

    authorizer = RefreshTokenAuthorizer(
        "rt-1",
        client,  # type: ignore[arg-type]
        on_refresh=boom,
    )
    with pytest.raises(OSError):
        authorizer.get_authorization_header()
    # the new access token and the rotated refresh token are kept together
    assert authorizer.access_token == "at-2"
    assert authorizer.refresh_token == "rt-2"
    assert authorizer.get_authorization_header() == "Bearer at-2"
    assert client.calls == ["rt-1"]


def test_bad_response_keeps_refresh_token(fake_auth_client_class, token_response):
    bad = token_response("at-2", refresh_token="rt-2")
    bad.by_resource_server["other.api.globus.org"] = dict(
        bad.by_resource_server["transfer.api.globus.org"]
    )
    client = fake_auth_client_class(bad)
    authorizer = RefreshTokenAuthorizer("rt-1", client)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        authorizer.get_authorization_header()
    assert authorizer.refresh_token == "rt-1"
    assert authorizer.access_token is None


def test_secrets_not_in_repr_or_logs(fake_auth_client_class, token_response, caplog):
    caplog.set_level(logging.DEBUG, logger="globus_sdk")
    client = fake_auth_client_class(
        token_response("at-secret", refresh_token="rt-secret-2")
    )
    authorizer = RefreshTokenAuthorizer("rt-secret-1", client)  # type: ignore[arg-type]
    authorizer.get_authorization_header()
    text = repr(authorizer) + caplog.text
    for secret in ("at-secret", "rt-secret-1", "rt-secret-2"):
        assert secret not in text
    assert repr(authorizer).startswith("RefreshTokenAuthorizer(access_token_hash=")
