from __future__ import annotations

import json
import typing as t
import urllib.parse

import pytest
import requests

import globus_sdk
from globus_sdk._testing import get_last_request


@pytest.fixture
def client() -> globus_sdk.GroupsClient:
    return globus_sdk.GroupsClient(
        authorizer=globus_sdk.AccessTokenAuthorizer("mytoken")
    )


@pytest.fixture
def manager(client: globus_sdk.GroupsClient) -> globus_sdk.GroupsManager:
    return globus_sdk.GroupsManager(client)


class SentRequest(t.NamedTuple):
    method: str
    url: str
    path: str
    query: dict[str, list[str]]
    body: t.Any
    authorization: str | None


def _parse_last_request() -> SentRequest:
    req: requests.PreparedRequest | None = get_last_request()
    assert req is not None
    assert req.url is not None and req.method is not None
    parts = urllib.parse.urlsplit(req.url)
    body = json.loads(req.body) if req.body else None
    return SentRequest(
        method=req.method,
        url=f"{parts.scheme}://{parts.netloc}{parts.path}",
        path=parts.path,
        query=urllib.parse.parse_qs(parts.query, keep_blank_values=True),
        body=body,
        authorization=req.headers.get("Authorization"),
    )


@pytest.fixture
def last_request() -> t.Callable[[], SentRequest]:
    """Returns a function that parses the last request sent (JSON body decoded)."""
    return _parse_last_request
