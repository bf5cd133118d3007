from __future__ import annotations

import os
import stat
import typing as t

import pytest

from globus_sdk.tokenstorage import (
    JSONTokenStorage,
    SimpleJSONFileAdapter,
    SQLiteAdapter,
    SQLiteTokenStorage,
)

pytestmark = pytest.mark.integration


def mode(path: t.Any) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def current_umask() -> int:
    value = os.umask(0)
    os.umask(value)
    return value


def _store(kind: str, path: t.Any, response: t.Any) -> t.Any:
    if kind == "json-v2":
        s: t.Any = JSONTokenStorage(path)
        s.store_token_response(response)
    elif kind == "json-v1":
        s = SimpleJSONFileAdapter(path)
        s.store(response)
    elif kind == "sqlite-v2":
        s = SQLiteTokenStorage(path)
        s.store_token_response(response)
        s.close()
    else:
        s = SQLiteAdapter(path)
        s.store(response)
        s.close()
    return s


KINDS = ["json-v2", "json-v1", "sqlite-v2", "sqlite-v1"]


@pytest.mark.usefixtures("permissive_umask")
@pytest.mark.parametrize("kind", KINDS)
def test_new_file_and_directories_are_private(
    tmp_path: t.Any, token_response: t.Any, kind: str
) -> None:
    path = tmp_path / "a" / "b" / "tokens.store"
    _store(kind, path, token_response("rs.example"))
    assert mode(path) == 0o600
    assert mode(tmp_path / "a") == 0o700
    assert mode(tmp_path / "a" / "b") == 0o700
    # every file the storage left next to it is private too (lock/journal files)
    for sibling in (tmp_path / "a" / "b").iterdir():
        assert mode(sibling) == 0o600, sibling
    # the process umask was never changed
    assert current_umask() == 0


@pytest.mark.parametrize("kind", ["json-v2", "json-v1"])
def test_existing_world_readable_file_becomes_private(
    tmp_path: t.Any, token_response: t.Any, kind: str
) -> None:
    path = tmp_path / "tokens.json"
    _store(kind, path, token_response("rs.example"))
    os.chmod(path, 0o644)
    _store(kind, path, token_response("other.example"))
    assert mode(path) == 0o600


def test_existing_directory_mode_is_left_alone(
    tmp_path: t.Any, token_response: t.Any
) -> None:
    os.chmod(tmp_path, 0o755)
    _store("json-v2", tmp_path / "tokens.json", token_response("rs.example"))
    assert mode(tmp_path) == 0o755


@pytest.mark.parametrize("kind", KINDS)
def test_umask_is_not_touched(
    tmp_path: t.Any, token_response: t.Any, kind: str
) -> None:
    before = current_umask()
    _store(kind, tmp_path / "tokens.store", token_response("rs.example"))
    assert current_umask() == before


def test_user_only_umask_public_helper_still_works(tmp_path: t.Any) -> None:
    before = current_umask()
    storage = JSONTokenStorage(tmp_path / "x.json")
    with storage.user_only_umask():
        assert current_umask() == 0o177
    adapter = SimpleJSONFileAdapter(tmp_path / "y.json")
    with adapter.user_only_umask():
        assert current_umask() == 0o177
    assert current_umask() == before
