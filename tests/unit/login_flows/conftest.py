from __future__ import annotations

import typing as t
import urllib.parse

import pytest

import globus_sdk

NATIVE_CLIENT_ID = "6b0b6b0b-0000-4000-8000-000000000001"
CONFIDENTIAL_CLIENT_ID = "cfcfcfcf-0000-4000-8000-000000000001"
CONFIDENTIAL_CLIENT_SECRET = "super-secret-client-secret"
TOKEN_URL = "https://auth.globus.org/v2/oauth2/token"


@pytest.fixture
def native_client() -> globus_sdk.NativeAppAuthClient:
    return globus_sdk.NativeAppAuthClient(NATIVE_CLIENT_ID)


@pytest.fixture
def confidential_client() -> globus_sdk.ConfidentialAppAuthClient:
    return globus_sdk.ConfidentialAppAuthClient(
        CONFIDENTIAL_CLIENT_ID, CONFIDENTIAL_CLIENT_SECRET
    )


@pytest.fixture
def token_json() -> dict[str, t.Any]:
    return {
        "access_token": "auth-access-token",
        "expires_in": 3600,
        "resource_server": "auth.globus.org",
        "scope": "openid",
        "token_type": "Bearer",
        "state": "_default",
        "other_tokens": [],
    }


def query_of(url: str) -> dict[str, str]:
    """The query of ``url`` as a dict (each key once)."""
    return dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(url).query))


@pytest.fixture
def parse_query() -> t.Callable[[str], dict[str, str]]:
    return query_of
