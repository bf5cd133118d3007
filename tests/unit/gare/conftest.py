from __future__ import annotations

import json
import typing as t

import pytest
import requests

from globus_sdk.exc import GlobusAPIError


def _make_api_error(
    body: t.Any, status: int = 403, url: str = "https://transfer.api.globus.org/v0.10/x"
) -> GlobusAPIError:
    response = requests.Response()
    response.status_code = status
    response.reason = "Forbidden"
    response._content = json.dumps(body).encode()
    response.headers["Content-Type"] = "application/json"
    response.url = url
    response.request = requests.Request("GET", url).prepare()
    return GlobusAPIError(response)


@pytest.fixture
def make_api_error() -> t.Callable[..., GlobusAPIError]:
    """Build a GlobusAPIError from a JSON body, without any HTTP traffic."""
    return _make_api_error
