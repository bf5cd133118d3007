"""Shared test set-up: every test runs with ``responses`` active and ``time.sleep`` patched."""

from __future__ import annotations

import time
import typing as t
import unittest.mock

import pytest
import responses


@pytest.fixture(autouse=True)
def mocked_responses(request: pytest.FixtureRequest) -> t.Iterator[responses.RequestsMock | None]:
    """
    Intercept every HTTP request made through ``requests`` (tests marked
    ``integration`` talk to real loopback servers instead).
    """
    if request.node.get_closest_marker("integration"):
        yield None
        return
    responses.start()
    try:
        yield responses.mock
    finally:
        responses.stop()
        responses.reset()


@pytest.fixture(autouse=True)
def no_real_sleep() -> t.Iterator[unittest.mock.MagicMock]:
    """Tests never sleep for real; the mock records the requested delays."""
    with unittest.mock.patch("time.sleep") as sleep:
        yield sleep


@pytest.fixture
def clean_environ(monkeypatch: pytest.MonkeyPatch) -> None:
    """Remove every GLOBUS_SDK_* variable for the test."""
    import os

    for key in list(os.environ):
        if key.startswith("GLOBUS_SDK_"):
            monkeypatch.delenv(key)


_ = time  # time.sleep is patched through the module attribute
