from __future__ import annotations

import typing as t

import pytest

import globus_sdk

BASE = "https://flows.automate.globus.org"


@pytest.fixture
def flows_client() -> globus_sdk.FlowsClient:
    return globus_sdk.FlowsClient(authorizer=globus_sdk.AccessTokenAuthorizer("mytoken"))


@pytest.fixture
def specific_flow_client() -> t.Callable[..., globus_sdk.SpecificFlowClient]:
    """Builds a SpecificFlowClient for a flow ID (with a bearer token)."""

    def make(flow_id: t.Any) -> globus_sdk.SpecificFlowClient:
        return globus_sdk.SpecificFlowClient(
            flow_id, authorizer=globus_sdk.AccessTokenAuthorizer("flowtoken")
        )

    return make
