from __future__ import annotations

import http
import json as _json
import typing as t

import requests
import responses

from globus_sdk.exc import GlobusAPIError

E = t.TypeVar("E", bound=GlobusAPIError)


def get_last_request(
    *, requests_mock: responses.RequestsMock | None = None
) -> requests.PreparedRequest | None:
    """The last request ``responses`` intercepted, or None."""
    calls = requests_mock.calls if requests_mock is not None else responses.calls
    try:
        last = calls[-1]
    except IndexError:
        return None
    request: requests.PreparedRequest = last.request
    return request


def construct_error(
    *,
    http_status: int,
    body: bytes | str | t.Dict[str, t.Any],
    error_class: type[E] | type[GlobusAPIError] = GlobusAPIError,
    method: str = "GET",
    response_headers: t.Dict[str, str] | None = None,
    request_headers: t.Dict[str, str] | None = None,
    response_encoding: str = "utf-8",
    url: str = "https://bogus-url/",
) -> E | GlobusAPIError:
    """Build an API error of ``error_class`` as if ``url`` had answered, without any HTTP."""
    headers = dict(response_headers or {})
    if isinstance(body, dict):
        content = _json.dumps(body).encode(response_encoding)
        headers.setdefault("Content-Type", "application/json")
    elif isinstance(body, str):
        content = body.encode(response_encoding)
    else:
        content = body

    response = requests.Response()
    response.status_code = http_status
    response._content = content
    response.encoding = response_encoding
    response.headers.update(headers)
    response.url = url
    try:
        response.reason = http.HTTPStatus(http_status).phrase
    except ValueError:
        response.reason = "Unknown"
    response.request = requests.Request(method, url, headers=request_headers or {}).prepare()
    return error_class(response)
