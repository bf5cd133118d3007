from __future__ import annotations

import os
import typing as t

import pytest

from globus_sdk.exc import GlobusSDKUsageError
from globus_sdk.tokenstorage import JSONTokenStorage, SQLiteTokenStorage
from globus_sdk.tokenstorage.v2 import base as base_module

CLIENT_ID = "7ab0f6d4-9d4c-4c3b-a8a3-000000000042"
CONFIG = t.cast(t.Any, object())


@pytest.fixture
def fake_home(tmp_path: t.Any, monkeypatch: pytest.MonkeyPatch) -> t.Any:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setattr(base_module, "_on_windows", lambda: False)
    return tmp_path


@pytest.mark.parametrize(
    "cls, ext", [(JSONTokenStorage, "json"), (SQLiteTokenStorage, "db")]
)
def test_default_path(fake_home: t.Any, cls: t.Any, ext: str) -> None:
    storage = cls.for_globus_app(CLIENT_ID, "My App", CONFIG, "DEFAULT")
    assert isinstance(storage, cls)
    assert storage.namespace == "DEFAULT"
    assert storage.filepath == os.path.join(
        str(fake_home), ".globus", "app", CLIENT_ID, "my-app", f"tokens.{ext}"
    )
    # nothing is created until the storage is used
    assert not os.path.exists(os.path.join(str(fake_home), ".globus"))


def test_namespace_is_passed(fake_home: t.Any) -> None:
    storage = JSONTokenStorage.for_globus_app(
        CLIENT_ID, "app", CONFIG, "DEFAULT/sandbox"
    )
    assert storage.namespace == "DEFAULT/sandbox"


@pytest.mark.parametrize(
    "app_name, slug",
    [
        ("my-app", "my-app"),
        ("My App", "my-app"),
        ("a/b\\c:d", "a+b+c+d"),
        ("what?*", "what++"),
        ("..app", "..app"),
    ],
)
def test_app_name_slug(fake_home: t.Any, app_name: str, slug: str) -> None:
    storage = JSONTokenStorage.for_globus_app(CLIENT_ID, app_name, CONFIG, "DEFAULT")
    assert os.path.basename(os.path.dirname(storage.filepath)) == slug


@pytest.mark.parametrize("app_name", ["", ".", "..", "CON", "nul.txt", "com1"])
def test_unusable_app_names(fake_home: t.Any, app_name: str) -> None:
    with pytest.raises(GlobusSDKUsageError):
        JSONTokenStorage.for_globus_app(CLIENT_ID, app_name, CONFIG, "DEFAULT")


def test_client_id_cannot_escape(fake_home: t.Any) -> None:
    storage = JSONTokenStorage.for_globus_app("../x", "app", CONFIG, "DEFAULT")
    assert storage.filepath.startswith(os.path.join(str(fake_home), ".globus", "app"))
    assert "..+x" in storage.filepath
    with pytest.raises(GlobusSDKUsageError):
        JSONTokenStorage.for_globus_app("..", "app", CONFIG, "DEFAULT")


def test_windows_uses_localappdata(
    tmp_path: t.Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(base_module, "_on_windows", lambda: True)
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path))
    storage = JSONTokenStorage.for_globus_app(CLIENT_ID, "app", CONFIG, "DEFAULT")
    assert storage.filepath == os.path.join(
        str(tmp_path), "globus", "app", CLIENT_ID, "app", "tokens.json"
    )
    monkeypatch.delenv("LOCALAPPDATA")
    with pytest.raises(GlobusSDKUsageError, match="LOCALAPPDATA"):
        JSONTokenStorage.for_globus_app(CLIENT_ID, "app", CONFIG, "DEFAULT")


def test_file_format_unset_on_base() -> None:
    assert base_module.FileTokenStorage.file_format == "_UNSET_"
