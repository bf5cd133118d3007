from __future__ import annotations

import pytest

from globus_sdk.authorizers import ClientCredentialsAuthorizer, RenewingAuthorizer

TRANSFER_ALL = "urn:globus:auth:scope:transfer.api.globus.org:all"


def test_is_a_renewing_authorizer():
    assert issubclass(ClientCredentialsAuthorizer, RenewingAuthorizer)


def test_fetches_token_with_scopes_on_first_use(
    fake_confidential_client_class, token_response
):
    client = fake_confidential_client_class(token_response("cc-token"))
    authorizer = ClientCredentialsAuthorizer(client, TRANSFER_ALL)  # type: ignore[arg-type]
    assert authorizer.confidential_client is client
    assert authorizer.scopes == TRANSFER_ALL
    assert client.calls == []
    assert authorizer.get_authorization_header() == "Bearer cc-token"
    assert client.calls == [TRANSFER_ALL]


def test_initial_token(fake_confidential_client_class, valid_expiry):
    client = fake_confidential_client_class()
    authorizer = ClientCredentialsAuthorizer(
        client,  # type: ignore[arg-type]
        TRANSFER_ALL,
        access_token="given",
        expires_at=valid_expiry,
    )
    assert authorizer.get_authorization_header() == "Bearer given"
    assert client.calls == []


@pytest.mark.parametrize(
    "scopes",
    [
        [TRANSFER_ALL, "openid"],
        (s for s in [TRANSFER_ALL, "openid"]),
        f"{TRANSFER_ALL} openid",
    ],
)
def test_scope_collections_become_one_string(
    fake_confidential_client_class, token_response, scopes
):
    client = fake_confidential_client_class(token_response())
    authorizer = ClientCredentialsAuthorizer(client, scopes)  # type: ignore[arg-type]
    assert authorizer.scopes == f"{TRANSFER_ALL} openid"
    authorizer.get_authorization_header()
    assert client.calls == [f"{TRANSFER_ALL} openid"]


def test_scope_objects(fake_confidential_client_class, token_response):
    from globus_sdk.scopes import Scope

    client = fake_confidential_client_class(token_response())
    authorizer = ClientCredentialsAuthorizer(
        client,  # type: ignore[arg-type]
        [Scope(TRANSFER_ALL), "openid"],
    )
    assert authorizer.scopes == f"{TRANSFER_ALL} openid"


def test_401_and_on_refresh(fake_confidential_client_class, token_response):
    responses = [token_response("one"), token_response("two")]
    client = fake_confidential_client_class(*responses)
    seen = []
    authorizer = ClientCredentialsAuthorizer(
        client,  # type: ignore[arg-type]
        TRANSFER_ALL,
        on_refresh=seen.append,
    )
    assert authorizer.get_authorization_header() == "Bearer one"
    assert authorizer.handle_missing_authorization() is True
    assert authorizer.get_authorization_header() == "Bearer two"
    assert seen == responses
    assert len(client.calls) == 2


def test_scopes_for_several_resource_servers_fail(
    fake_confidential_client_class, token_response
):
    response = token_response("a")
    response.by_resource_server["auth.globus.org"] = dict(
        response.by_resource_server["transfer.api.globus.org"]
    )
    client = fake_confidential_client_class(response)
    authorizer = ClientCredentialsAuthorizer(
        client,  # type: ignore[arg-type]
        [TRANSFER_ALL, "openid"],
    )
    with pytest.raises(ValueError, match="exactly one token"):
        authorizer.get_authorization_header()
