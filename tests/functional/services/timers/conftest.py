from __future__ import annotations

import pytest

import globus_sdk

BASE = "https://timer.automate.globus.org"


@pytest.fixture
def timers_client() -> globus_sdk.TimersClient:
    return globus_sdk.TimersClient(authorizer=globus_sdk.AccessTokenAuthorizer("mytoken"))
