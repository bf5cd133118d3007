"""Fixtures shared by every service's functional tests."""

from __future__ import annotations

import typing as t

import pytest
import responses

from globus_sdk._testing import get_last_request
from support.sent import SentRequest, parse_request


@pytest.fixture
def last_request() -> t.Callable[[], SentRequest]:
    """A function that parses the last request sent."""
    return lambda: parse_request(get_last_request())


@pytest.fixture
def sent_requests() -> t.Callable[[], list[SentRequest]]:
    """A function that parses every request sent so far, in order."""
    return lambda: [parse_request(call.request) for call in responses.calls]
