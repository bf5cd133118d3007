"""Concurrent writers (processes and threads) never lose each other's data."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import threading
import typing as t

import pytest

from globus_sdk.tokenstorage import (
    JSONTokenStorage,
    SimpleJSONFileAdapter,
    SQLiteAdapter,
    SQLiteTokenStorage,
)

pytestmark = pytest.mark.integration

WORKER_SCRIPT = textwrap.dedent(
    """
    import sys
    from globus_sdk.tokenstorage import (
        JSONTokenStorage, SimpleJSONFileAdapter, SQLiteTokenStorage,
    )

    kind, path, worker, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])

    class Response:
        def __init__(self, rs):
            self.by_resource_server = {rs: {
                "resource_server": rs, "scope": "s", "access_token": "a-" + rs,
                "refresh_token": "r", "expires_at_seconds": 1,
                "token_type": "Bearer"}}
            self.data = {}

    if kind == "json-v2":
        storage = JSONTokenStorage(path)
        store = storage.store_token_response
    elif kind == "json-v1":
        store = SimpleJSONFileAdapter(path).store
    else:
        storage = SQLiteTokenStorage(path, connect_params={"timeout": 60})
        store = storage.store_token_response

    sys.stdin.readline()  # wait until every worker is ready, then go together
    for i in range(count):
        store(Response(f"rs-{worker}-{i}"))
    print("done", flush=True)
    """
)

WORKERS = 4
PER_WORKER = 15


def _stored_resource_servers(kind: str, path: t.Any) -> set[str]:
    if kind == "json-v2":
        return set(JSONTokenStorage(path).get_token_data_by_resource_server())
    if kind == "json-v1":
        return set(SimpleJSONFileAdapter(path).get_by_resource_server())
    storage = SQLiteTokenStorage(path)
    try:
        return set(storage.get_token_data_by_resource_server())
    finally:
        storage.close()


@pytest.mark.parametrize("kind", ["json-v2", "json-v1", "sqlite-v2"])
def test_processes_writing_different_resource_servers(
    tmp_path: t.Any, subprocess_env: dict[str, str], kind: str
) -> None:
    path = tmp_path / "tokens.store"
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                WORKER_SCRIPT,
                kind,
                str(path),
                str(w),
                str(PER_WORKER),
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=subprocess_env,
        )
        for w in range(WORKERS)
    ]
    try:
        for proc in procs:
            assert proc.stdin is not None
            proc.stdin.write(b"go\n")
            proc.stdin.flush()
        for proc in procs:
            out, err = proc.communicate(timeout=120)
            assert proc.returncode == 0, err.decode()
            assert out.strip() == b"done"
    finally:
        for proc in procs:
            if proc.poll() is None:  # pragma: no cover - only on failure
                proc.kill()
                proc.wait()

    expected = {f"rs-{w}-{i}" for w in range(WORKERS) for i in range(PER_WORKER)}
    assert _stored_resource_servers(kind, path) == expected
    if kind.startswith("json"):
        json.loads(path.read_text())  # still one valid document


def _run_threads(target: t.Callable[[int], None], count: int) -> None:
    errors: list[BaseException] = []

    def wrapped(i: int) -> None:
        try:
            target(i)
        except BaseException as e:  # pragma: no cover - reported below
            errors.append(e)

    threads = [threading.Thread(target=wrapped, args=(i,)) for i in range(count)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert errors == []


@pytest.mark.parametrize("shared_object", [True, False])
def test_threads_writing_one_json_file(
    tmp_path: t.Any, token_response: t.Any, shared_object: bool
) -> None:
    path = tmp_path / "tokens.json"
    shared = JSONTokenStorage(path)

    def work(i: int) -> None:
        storage = shared if shared_object else JSONTokenStorage(path)
        for j in range(10):
            storage.store_token_response(token_response(f"rs-{i}-{j}"))

    _run_threads(work, 8)
    assert len(shared.get_token_data_by_resource_server()) == 80


def test_threads_writing_one_v1_json_file(
    tmp_path: t.Any, token_response: t.Any
) -> None:
    adapter = SimpleJSONFileAdapter(tmp_path / "tokens.json")

    def work(i: int) -> None:
        for j in range(10):
            adapter.store(token_response(f"rs-{i}-{j}"))

    _run_threads(work, 8)
    assert len(adapter.get_by_resource_server()) == 80


def test_sqlite_storage_used_from_another_thread(
    tmp_path: t.Any, token_response: t.Any
) -> None:
    storage = SQLiteTokenStorage(tmp_path / "tokens.db")
    storage.store_token_response(token_response("main.example"))  # opened here
    seen: dict[str, t.Any] = {}

    def work(i: int) -> None:
        seen["main"] = storage.get_token_data("main.example")
        storage.store_token_response(token_response("thread.example"))
        seen["namespaces"] = list(storage.iter_namespaces())

    _run_threads(work, 1)
    assert seen["main"] is not None
    assert seen["namespaces"] == ["DEFAULT"]
    assert storage.get_token_data("thread.example") is not None
    storage.close()


def test_sqlite_adapter_used_from_another_thread(
    tmp_path: t.Any, token_response: t.Any
) -> None:
    adapter = SQLiteAdapter(tmp_path / "tokens.db")
    adapter.store(token_response("main.example"))
    adapter.store_config("cfg", {"k": "v"})

    def work(i: int) -> None:
        assert adapter.get_token_data("main.example") is not None
        assert adapter.read_config("cfg") == {"k": "v"}
        adapter.store(token_response("thread.example"))
        adapter.remove_config("cfg")

    _run_threads(work, 1)
    assert adapter.get_token_data("thread.example") is not None
    assert adapter.read_config("cfg") is None
    adapter.close()


@pytest.mark.parametrize("dbname", [":memory:", "file"])
def test_sqlite_many_threads_one_storage(
    tmp_path: t.Any, token_response: t.Any, dbname: str
) -> None:
    path = ":memory:" if dbname == ":memory:" else tmp_path / "tokens.db"
    storage = SQLiteTokenStorage(path)

    def work(i: int) -> None:
        for j in range(10):
            storage.store_token_response(token_response(f"rs-{i}-{j}"))
            storage.get_token_data_by_resource_server()

    _run_threads(work, 8)
    assert len(storage.get_token_data_by_resource_server()) == 80
    storage.close()


def test_sqlite_close_from_another_thread(
    tmp_path: t.Any, token_response: t.Any
) -> None:
    storage = SQLiteTokenStorage(tmp_path / "tokens.db")
    storage.store_token_response(token_response("rs"))
    _run_threads(lambda i: storage.close(), 1)
    assert storage.get_token_data("rs") is not None
    storage.close()
