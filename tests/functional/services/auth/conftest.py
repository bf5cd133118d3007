"""Clients and request-inspection helpers for the Auth functional tests."""

from __future__ import annotations

import pytest

import globus_sdk

BASE = "https://auth.globus.org"
NATIVE_CLIENT_ID = "4a4a4a4a-0000-4000-8000-000000000001"
CONFIDENTIAL_CLIENT_ID = "ed2e9af6-7e5c-4c9d-a0b2-38d3b7d0e3c4"
CLIENT_SECRET = "s3cr3t-fixture-client-secret"
ACCESS_TOKEN = "auth-test-access-token"


@pytest.fixture
def client() -> globus_sdk.AuthClient:
    return globus_sdk.AuthClient(
        authorizer=globus_sdk.AccessTokenAuthorizer(ACCESS_TOKEN)
    )


@pytest.fixture
def native_client() -> globus_sdk.NativeAppAuthClient:
    return globus_sdk.NativeAppAuthClient(NATIVE_CLIENT_ID)


@pytest.fixture
def confidential_client() -> globus_sdk.ConfidentialAppAuthClient:
    return globus_sdk.ConfidentialAppAuthClient(CONFIDENTIAL_CLIENT_ID, CLIENT_SECRET)


@pytest.fixture
def login_client() -> globus_sdk.AuthLoginClient:
    return globus_sdk.AuthLoginClient(client_id=NATIVE_CLIENT_ID)
