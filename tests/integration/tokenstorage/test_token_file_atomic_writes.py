"""A failed or interrupted write never damages the existing token file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import typing as t

import pytest

from globus_sdk.tokenstorage import JSONTokenStorage, SimpleJSONFileAdapter

pytestmark = pytest.mark.integration


def _storage(kind: str, path: t.Any) -> t.Any:
    return JSONTokenStorage(path) if kind == "v2" else SimpleJSONFileAdapter(path)


def _store(storage: t.Any, response: t.Any) -> None:
    if isinstance(storage, JSONTokenStorage):
        storage.store_token_response(response)
    else:
        storage.store(response)


@pytest.mark.parametrize("kind", ["v2", "v1"])
@pytest.mark.parametrize("failing", ["replace", "fsync", "write"])
def test_failed_write_keeps_old_file_and_leaves_no_temp_file(
    tmp_path: t.Any,
    token_response: t.Any,
    monkeypatch: pytest.MonkeyPatch,
    kind: str,
    failing: str,
) -> None:
    path = tmp_path / "tokens.json"
    storage = _storage(kind, path)
    _store(storage, token_response("first.example"))
    before = path.read_bytes()

    def boom(*args: t.Any, **kwargs: t.Any) -> t.NoReturn:
        raise OSError("simulated failure")

    if failing == "write":
        real_fdopen = os.fdopen

        class HalfWrite:
            # writes a few bytes of the new content, then fails (e.g. disk full)
            def __init__(self, f: t.Any) -> None:
                self.f = f

            def __enter__(self) -> HalfWrite:
                return self

            def __exit__(self, *exc: object) -> None:
                self.f.close()

            def write(self, data: bytes) -> t.NoReturn:
                self.f.write(data[:5])
                raise OSError("simulated failure")

        monkeypatch.setattr(
            os, "fdopen", lambda fd, *a, **k: HalfWrite(real_fdopen(fd, *a, **k))
        )
    else:
        monkeypatch.setattr(os, failing, boom)
    with pytest.raises(OSError, match="simulated failure"):
        _store(storage, token_response("second.example"))
    monkeypatch.undo()

    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "tokens.json",
        "tokens.json.lock",
    ]
    # and the storage keeps working
    _store(storage, token_response("third.example"))
    assert "third.example" in path.read_text()


def test_process_killed_mid_write(
    tmp_path: t.Any, token_response: t.Any, subprocess_env: dict[str, str]
) -> None:
    """A process that dies between writing the temp file and renaming it."""
    path = tmp_path / "tokens.json"
    storage = JSONTokenStorage(path)
    storage.store_token_response(token_response("first.example"))
    before = path.read_bytes()

    script = textwrap.dedent(
        """
        import os, sys
        from globus_sdk.tokenstorage import JSONTokenStorage

        class Response:
            by_resource_server = {"second.example": {
                "resource_server": "second.example", "scope": "s",
                "access_token": "a", "refresh_token": "r",
                "expires_at_seconds": 1, "token_type": "Bearer"}}
            data = {}

        os.replace = lambda *a, **k: os._exit(17)  # die right before the rename
        JSONTokenStorage(sys.argv[1]).store_token_response(Response())
        """
    )
    proc = subprocess.run(
        [sys.executable, "-c", script, str(path)],
        env=subprocess_env,
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 17, proc.stderr.decode()

    assert path.read_bytes() == before
    # the dead process's temp file is ignored, and the next write succeeds
    storage.store_token_response(token_response("third.example"))
    data = json.loads(path.read_text())["data"]["DEFAULT"]
    assert sorted(data) == ["first.example", "third.example"]
