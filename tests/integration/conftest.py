"""Integration tests: real loopback servers, real files, real subprocesses."""

from __future__ import annotations

import typing as t

import pytest

from support.loopback import LoopbackServer


@pytest.fixture
def server() -> t.Iterator[LoopbackServer]:
    srv = LoopbackServer().start()
    try:
        yield srv
    finally:
        srv.stop()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/integration" in str(item.fspath):
            item.add_marker(pytest.mark.integration)
