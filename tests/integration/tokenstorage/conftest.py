from __future__ import annotations

import os
import time
import typing as t

import pytest

import globus_sdk


@pytest.fixture
def subprocess_env() -> dict[str, str]:
    """The environment for a child Python which imports this globus_sdk."""
    src_dir = os.path.dirname(os.path.dirname(os.path.abspath(globus_sdk.__file__)))
    return {**os.environ, "PYTHONPATH": src_dir}


class FakeTokenResponse:
    """Duck-types ``OAuthTokenResponse`` for the storages (no id_token)."""

    def __init__(self, *resource_servers: str, refresh_token: str = "refresh") -> None:
        self.by_resource_server = {
            rs: {
                "resource_server": rs,
                "scope": f"{rs}:all",
                "access_token": f"access-{rs}",
                "refresh_token": refresh_token,
                "expires_at_seconds": int(time.time()) + 3600,
                "token_type": "Bearer",
            }
            for rs in resource_servers
        }
        self.data: dict[str, t.Any] = {}

    def decode_id_token(self) -> dict[str, t.Any]:  # pragma: no cover
        raise AssertionError("no id_token to decode")


@pytest.fixture
def token_response() -> type[FakeTokenResponse]:
    return FakeTokenResponse


@pytest.fixture
def permissive_umask() -> t.Iterator[None]:
    """Run with umask 0: the modes must come from the SDK, not the umask."""
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)
