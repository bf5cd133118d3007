from __future__ import annotations

import pytest

import globus_sdk


@pytest.fixture
def client() -> globus_sdk.GroupsClient:
    return globus_sdk.GroupsClient(
        authorizer=globus_sdk.AccessTokenAuthorizer("mytoken")
    )


@pytest.fixture
def manager(client: globus_sdk.GroupsClient) -> globus_sdk.GroupsManager:
    return globus_sdk.GroupsManager(client)
