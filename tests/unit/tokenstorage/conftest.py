from __future__ import annotations

import time
import typing as t

import pytest


class FakeTokenResponse:
    """
    Duck-types the parts of ``OAuthTokenResponse`` a token storage uses:
    ``by_resource_server``, ``data`` (may hold an ``id_token``) and
    ``decode_id_token()``.
    """

    def __init__(
        self,
        by_resource_server: dict[str, dict[str, t.Any]],
        *,
        identity_id: str | None = None,
    ) -> None:
        self.by_resource_server = by_resource_server
        self.data: dict[str, t.Any] = {"access_token": "top-level-token"}
        self._identity_id = identity_id
        if identity_id is not None:
            self.data["id_token"] = f"fake.jwt.for.{identity_id}"
        self.decode_calls = 0

    def get(self, key: str, default: t.Any = None) -> t.Any:
        return self.data.get(key, default)

    def decode_id_token(self) -> dict[str, t.Any]:
        self.decode_calls += 1
        return {"sub": self._identity_id, "aud": "client"}


def token_dict(
    resource_server: str,
    *,
    scope: str | None = None,
    refresh_token: str | None = "refresh-token",
    expires_at_seconds: int | None = None,
) -> dict[str, t.Any]:
    return {
        "resource_server": resource_server,
        "scope": scope if scope is not None else f"{resource_server}:all",
        "access_token": f"access-{resource_server}",
        "refresh_token": refresh_token,
        "expires_at_seconds": (
            expires_at_seconds
            if expires_at_seconds is not None
            else int(time.time()) + 3600
        ),
        "token_type": "Bearer",
    }


@pytest.fixture
def make_token_response() -> t.Callable[..., FakeTokenResponse]:
    def _make(
        *resource_servers: str, identity_id: str | None = None, **kwargs: t.Any
    ) -> FakeTokenResponse:
        return FakeTokenResponse(
            {rs: token_dict(rs, **kwargs) for rs in resource_servers},
            identity_id=identity_id,
        )

    return _make


@pytest.fixture
def make_refresh_response() -> t.Callable[..., t.Any]:
    """
    A real ``OAuthRefreshTokenResponse`` (from ``oauth2_refresh_token`` against a
    mocked token endpoint): no ``id_token``, and a ``refresh_token`` only if given.
    """
    import responses

    import globus_sdk

    def _make(
        *resource_servers: str,
        scope: str | None = None,
        refresh_token: str | None = None,
    ) -> globus_sdk.OAuthRefreshTokenResponse:
        docs = []
        for rs in resource_servers:
            doc: dict[str, t.Any] = {
                "resource_server": rs,
                "scope": scope if scope is not None else f"{rs}:all",
                "access_token": f"renewed-{rs}",
                "expires_in": 3600,
                "token_type": "Bearer",
            }
            if refresh_token is not None:
                doc["refresh_token"] = refresh_token
            docs.append(doc)
        body = dict(docs[0], other_tokens=docs[1:])
        responses.upsert("POST", "https://auth.globus.org/v2/oauth2/token", json=body)
        client = globus_sdk.NativeAppAuthClient("6b0b6b0b-0000-4000-8000-00000000000a")
        return client.oauth2_refresh_token("the-refresh-token")

    return _make
