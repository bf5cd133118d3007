from __future__ import annotations

import json
import typing as t
import urllib.parse

import pytest
import requests

import globus_sdk
from globus_sdk._testing import get_last_request

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


class SentRequest(t.NamedTuple):
    method: str
    url: str
    query: dict[str, list[str]]
    body: t.Any
    content_type: str | None
    authorization: str | None


def parse_request(req: requests.PreparedRequest) -> SentRequest:
    assert req.url is not None and req.method is not None
    parts = urllib.parse.urlsplit(req.url)
    return SentRequest(
        method=req.method,
        url=f"{parts.scheme}://{parts.netloc}{parts.path}",
        query=urllib.parse.parse_qs(parts.query, keep_blank_values=True),
        body=json.loads(req.body) if req.body else None,
        content_type=req.headers.get("Content-Type"),
        authorization=req.headers.get("Authorization"),
    )


@pytest.fixture
def last_request() -> t.Callable[[], SentRequest]:
    """Returns a function that parses the last request sent (JSON body decoded)."""

    def parse_last() -> SentRequest:
        req = get_last_request()
        assert req is not None
        return parse_request(req)

    return parse_last
