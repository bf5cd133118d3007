"""What a test sees of a request the SDK sent: parsed URL, query, body and credentials."""

from __future__ import annotations

import base64
import json
import typing as t
import urllib.parse

import requests


class SentRequest(t.NamedTuple):
    method: str
    url: str  # scheme://host/path, without the query
    path: str
    query: dict[str, list[str]]
    body: t.Any  # the decoded JSON, else the decoded form, else the text, else None
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
    text = req.body.decode("utf-8") if isinstance(req.body, bytes) else req.body
    json_body: t.Any = None
    form: dict[str, str] | None = None
    body: t.Any = text or None
    if text and content_type == "application/json":
        json_body = body = json.loads(text)
    elif text is not None and content_type == "application/x-www-form-urlencoded":
        pairs = urllib.parse.parse_qsl(text, keep_blank_values=True)
        assert len({k for k, _ in pairs}) == len(pairs), "a form field was sent twice"
        form = body = dict(pairs)
    return SentRequest(
        method=req.method,
        url=f"{parts.scheme}://{parts.netloc}{parts.path}",
        path=parts.path,
        query=urllib.parse.parse_qs(parts.query, keep_blank_values=True),
        body=body,
        json=json_body,
        form=form,
        authorization=req.headers.get("Authorization"),
        content_type=content_type,
    )
