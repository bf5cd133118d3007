from __future__ import annotations

import time
import typing as t

import pytest


class FakeTokenResponse:
    """Stands in for an OAuthTokenResponse: only ``by_resource_server`` is used."""

    def __init__(self, by_resource_server: dict[str, dict[str, t.Any]]) -> None:
        self.by_resource_server = by_resource_server


def _token_response(
    access_token: str = "new-access-token",
    *,
    expires_in: int = 3600,
    refresh_token: str | None = None,
    resource_server: str = "transfer.api.globus.org",
) -> FakeTokenResponse:
    data: dict[str, t.Any] = {
        "access_token": access_token,
        "expires_at_seconds": int(time.time()) + expires_in,
        "resource_server": resource_server,
        "scope": "urn:globus:auth:scope:transfer.api.globus.org:all",
        "token_type": "Bearer",
        "refresh_token": refresh_token,
    }
    return FakeTokenResponse({resource_server: data})


class FakeAuthClient:
    """Records ``oauth2_refresh_token`` calls and answers with queued responses."""

    def __init__(self, *responses: FakeTokenResponse) -> None:
        self.responses = list(responses)
        self.calls: list[str] = []

    def oauth2_refresh_token(self, refresh_token: str) -> FakeTokenResponse:
        self.calls.append(refresh_token)
        return self.responses.pop(0)


class FakeConfidentialClient:
    """Records ``oauth2_client_credentials_tokens`` calls."""

    def __init__(self, *responses: FakeTokenResponse) -> None:
        self.responses = list(responses)
        self.calls: list[str] = []

    def oauth2_client_credentials_tokens(
        self, requested_scopes: str
    ) -> FakeTokenResponse:
        self.calls.append(requested_scopes)
        return self.responses.pop(0)


@pytest.fixture
def token_response() -> t.Callable[..., FakeTokenResponse]:
    """Build a one-resource-server token response: ``token_response("tok", ...)``."""
    return _token_response


@pytest.fixture
def fake_token_response_class() -> type[FakeTokenResponse]:
    return FakeTokenResponse


@pytest.fixture
def fake_auth_client_class() -> type[FakeAuthClient]:
    return FakeAuthClient


@pytest.fixture
def fake_confidential_client_class() -> type[FakeConfidentialClient]:
    return FakeConfidentialClient


@pytest.fixture
def valid_expiry() -> int:
    """An expires_at far enough in the future for a token to be used as is."""
    return int(time.time()) + 3600


@pytest.fixture
def expired_expiry() -> int:
    return int(time.time()) - 10
