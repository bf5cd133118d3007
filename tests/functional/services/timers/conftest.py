from __future__ import annotations

import json
import typing as t
import urllib.parse

import pytest
import requests

import globus_sdk
from globus_sdk._testing import get_last_request

BASE = "https://timer.automate.globus.org"


@pytest.fixture
def timers_client() -> globus_sdk.TimersClient:
    return globus_sdk.TimersClient(authorizer=globus_sdk.AccessTokenAuthorizer("mytoken"))


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
