from __future__ import annotations

import pytest

import globus_sdk


@pytest.fixture
def client() -> globus_sdk.SearchClient:
    return globus_sdk.SearchClient(
        authorizer=globus_sdk.AccessTokenAuthorizer("mytoken")
    )
