from __future__ import annotations

import pytest

import globus_sdk

BASE = "https://transfer.api.globus.org/v0.10"


@pytest.fixture
def client() -> globus_sdk.TransferClient:
    return globus_sdk.TransferClient(authorizer=globus_sdk.AccessTokenAuthorizer("mytoken"))
