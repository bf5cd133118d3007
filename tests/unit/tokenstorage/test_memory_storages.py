from __future__ import annotations

import threading
import typing as t

import pytest

from globus_sdk.tokenstorage import MemoryAdapter, MemoryTokenStorage, TokenStorageData


def test_memory_adapter_store_and_get(make_token_response: t.Any) -> None:
    adapter = MemoryAdapter()
    assert adapter.get_token_data("auth.globus.org") is None

    adapter.store(make_token_response("auth.globus.org", "transfer.api.globus.org"))
    assert adapter.get_token_data("auth.globus.org")["access_token"] == (
        "access-auth.globus.org"
    )

    adapter.on_refresh(make_token_response("auth.globus.org", refresh_token="new"))
    assert adapter.get_token_data("auth.globus.org")["refresh_token"] == "new"
    assert adapter.get_token_data("transfer.api.globus.org") is not None


def test_memory_token_storage_store_get_remove(make_token_response: t.Any) -> None:
    storage = MemoryTokenStorage()
    assert storage.namespace == "DEFAULT"
    assert storage.get_token_data_by_resource_server() == {}

    storage.store_token_response(make_token_response("a.example", "b.example"))
    by_rs = storage.get_token_data_by_resource_server()
    assert sorted(by_rs) == ["a.example", "b.example"]
    assert isinstance(by_rs["a.example"], TokenStorageData)
    assert by_rs["a.example"].access_token == "access-a.example"

    assert storage.remove_token_data("a.example") is True
    assert storage.remove_token_data("a.example") is False
    assert storage.get_token_data("a.example") is None
    assert storage.get_token_data("b.example") is not None


def test_memory_token_storage_namespaces(make_token_response: t.Any) -> None:
    storage = MemoryTokenStorage(namespace="one")
    storage.store_token_response(make_token_response("a.example"))
    storage.namespace = "two"
    assert storage.get_token_data_by_resource_server() == {}
    assert storage.remove_token_data("a.example") is False
    storage.namespace = "one"
    assert storage.get_token_data("a.example") is not None


def test_memory_token_storage_returns_copies(make_token_response: t.Any) -> None:
    storage = MemoryTokenStorage()
    storage.store_token_response(make_token_response("a.example"))
    storage.get_token_data("a.example").access_token = "mutated"  # type: ignore[union-attr]
    assert storage.get_token_data("a.example").access_token == "access-a.example"  # type: ignore[union-attr]


def test_memory_for_globus_app() -> None:
    storage = MemoryTokenStorage.for_globus_app(
        "client-id", "My App", t.cast(t.Any, object()), "DEFAULT/sandbox"
    )
    assert isinstance(storage, MemoryTokenStorage)
    assert storage.namespace == "DEFAULT/sandbox"


def test_memory_token_storage_threads(make_token_response: t.Any) -> None:
    storage = MemoryTokenStorage()

    def work(i: int) -> None:
        for j in range(20):
            storage.store_token_response(make_token_response(f"rs-{i}-{j}.example"))

    threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert len(storage.get_token_data_by_resource_server()) == 160


@pytest.mark.parametrize("namespace", ["DEFAULT", "profile:alice"])
def test_namespace_is_kept(namespace: str) -> None:
    assert MemoryTokenStorage(namespace=namespace).namespace == namespace
