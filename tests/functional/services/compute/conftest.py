from __future__ import annotations

import json
import typing as t
import urllib.parse

import pytest
import requests

import globus_sdk
from globus_sdk._testing import get_last_request


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


class SentRequest(t.NamedTuple):
    method: str
    url: str
    query: dict[str, list[str]]
    body: t.Any
    authorization: str | None


def _parse_last_request() -> SentRequest:
    req: requests.PreparedRequest | None = get_last_request()
    assert req is not None
    assert req.url is not None and req.method is not None
    parts = urllib.parse.urlsplit(req.url)
    return SentRequest(
        method=req.method,
        url=f"{parts.scheme}://{parts.netloc}{parts.path}",
        query=urllib.parse.parse_qs(parts.query, keep_blank_values=True),
        body=json.loads(req.body) if req.body else None,
        authorization=req.headers.get("Authorization"),
    )


@pytest.fixture
def last_request() -> t.Callable[[], SentRequest]:
    """Returns a function that parses the last request sent (JSON body decoded)."""
    return _parse_last_request
