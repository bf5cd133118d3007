"""Clients and request-inspection helpers for the Auth functional tests."""

from __future__ import annotations

import base64
import json
import typing as t
import urllib.parse

import pytest
import requests
import responses

import globus_sdk
from globus_sdk._testing import get_last_request

BASE = "https://auth.globus.org"
NATIVE_CLIENT_ID = "4a4a4a4a-0000-4000-8000-000000000001"
CONFIDENTIAL_CLIENT_ID = "ed2e9af6-7e5c-4c9d-a0b2-38d3b7d0e3c4"
CLIENT_SECRET = "s3cr3t-fixture-client-secret"
ACCESS_TOKEN = "auth-test-access-token"


@pytest.fixture
def client() -> globus_sdk.AuthClient:
    return globus_sdk.AuthClient(
        authorizer=globus_sdk.AccessTokenAuthorizer(ACCESS_TOKEN)
    )


@pytest.fixture
def native_client() -> globus_sdk.NativeAppAuthClient:
    return globus_sdk.NativeAppAuthClient(NATIVE_CLIENT_ID)


@pytest.fixture
def confidential_client() -> globus_sdk.ConfidentialAppAuthClient:
    return globus_sdk.ConfidentialAppAuthClient(CONFIDENTIAL_CLIENT_ID, CLIENT_SECRET)


@pytest.fixture
def login_client() -> globus_sdk.AuthLoginClient:
    return globus_sdk.AuthLoginClient(client_id=NATIVE_CLIENT_ID)


class SentRequest(t.NamedTuple):
    method: str
    url: str  # scheme://host/path, without the query
    query: dict[str, list[str]]
    json: t.Any  # the decoded JSON body, if the body is JSON
    form: dict[str, str] | None  # the decoded form body, if the body is a form
    authorization: str | None
    content_type: str | None

    @property
    def auth_scheme(self) -> str | None:
        return None if self.authorization is None else self.authorization.split(" ")[0]

    @property
    def basic_credentials(self) -> tuple[str, str]:
        scheme, _, value = (self.authorization or "").partition(" ")
        assert scheme == "Basic"
        user, _, password = base64.b64decode(value).decode("utf-8").partition(":")
        return user, password


def parse_request(req: requests.PreparedRequest | None) -> SentRequest:
    assert req is not None, "no request was sent"
    assert req.url is not None and req.method is not None
    parts = urllib.parse.urlsplit(req.url)
    content_type = req.headers.get("Content-Type")
    body = req.body.decode("utf-8") if isinstance(req.body, bytes) else req.body
    json_body: t.Any = None
    form: dict[str, str] | None = None
    if body and content_type == "application/json":
        json_body = json.loads(body)
    elif body is not None and content_type == "application/x-www-form-urlencoded":
        pairs = urllib.parse.parse_qsl(body, keep_blank_values=True)
        assert len({k for k, _ in pairs}) == len(pairs), "a form field was sent twice"
        form = dict(pairs)
    return SentRequest(
        method=req.method,
        url=f"{parts.scheme}://{parts.netloc}{parts.path}",
        query=urllib.parse.parse_qs(parts.query, keep_blank_values=True),
        json=json_body,
        form=form,
        authorization=req.headers.get("Authorization"),
        content_type=content_type,
    )


@pytest.fixture
def last_request() -> t.Callable[[], SentRequest]:
    """A function that parses the last request sent."""
    return lambda: parse_request(get_last_request())


@pytest.fixture
def sent_requests() -> t.Callable[[], list[SentRequest]]:
    """A function that parses every request sent so far, in order."""
    return lambda: [parse_request(call.request) for call in responses.calls]
