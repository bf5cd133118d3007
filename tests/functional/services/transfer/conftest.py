from __future__ import annotations

import json
import typing as t
import urllib.parse

import pytest
import requests

import globus_sdk
from globus_sdk._testing import get_last_request

BASE = "https://transfer.api.globus.org/v0.10"


@pytest.fixture
def client() -> globus_sdk.TransferClient:
    return globus_sdk.TransferClient(authorizer=globus_sdk.AccessTokenAuthorizer("mytoken"))


class SentRequest(t.NamedTuple):
    method: str
    url: str
    path: str
    query: dict[str, list[str]]
    body: t.Any
    authorization: str | None
    content_type: str | None


def _parse(req: requests.PreparedRequest | None) -> SentRequest:
    assert req is not None
    assert req.url is not None and req.method is not None
    parts = urllib.parse.urlsplit(req.url)
    return SentRequest(
        method=req.method,
        url=f"{parts.scheme}://{parts.netloc}{parts.path}",
        path=parts.path,
        query=urllib.parse.parse_qs(parts.query, keep_blank_values=True),
        body=json.loads(req.body) if req.body else None,
        authorization=req.headers.get("Authorization"),
        content_type=req.headers.get("Content-Type"),
    )


@pytest.fixture
def last_request() -> t.Callable[[], SentRequest]:
    """A function that parses the last request sent (JSON body decoded)."""
    return lambda: _parse(get_last_request())


@pytest.fixture
def sent_requests() -> t.Callable[[], list[SentRequest]]:
    """A function that parses every request sent so far, in order."""
    import responses

    return lambda: [_parse(call.request) for call in responses.calls]
