from __future__ import annotations

import pytest

import globus_sdk


@pytest.fixture
def client_v2() -> globus_sdk.ComputeClientV2:
    return globus_sdk.ComputeClientV2(
        authorizer=globus_sdk.AccessTokenAuthorizer("mytoken")
    )


@pytest.fixture
def client_v3() -> globus_sdk.ComputeClientV3:
    return globus_sdk.ComputeClientV3(
        authorizer=globus_sdk.AccessTokenAuthorizer("mytoken")
    )
