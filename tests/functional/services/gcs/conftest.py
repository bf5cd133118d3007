from __future__ import annotations

import pytest

import globus_sdk

GCS_HOST = "abc.xyz.data.globus.org"
BASE = f"https://{GCS_HOST}/api"


@pytest.fixture
def client() -> globus_sdk.GCSClient:
    return globus_sdk.GCSClient(
        GCS_HOST, authorizer=globus_sdk.AccessTokenAuthorizer("mytoken")
    )
