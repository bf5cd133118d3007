"""Format and behaviour of the JSON storages (v1 adapter and v2 storage)."""

from __future__ import annotations

import json
import typing as t

import pytest

from globus_sdk.tokenstorage import JSONTokenStorage, SimpleJSONFileAdapter
from globus_sdk.version import __version__


def test_v1_adapter_format(tmp_path: t.Any, make_token_response: t.Any) -> None:
    path = tmp_path / "tokens.json"
    adapter = SimpleJSONFileAdapter(path)
    assert adapter.filename == str(path)
    assert not adapter.file_exists()
    assert adapter.get_token_data("a.example") is None
    assert adapter.get_by_resource_server() == {}

    response = make_token_response("a.example")
    adapter.store(response)
    assert adapter.file_exists()
    on_disk = json.loads(path.read_text())
    assert on_disk == {
        "globus-sdk.version": __version__,
        "format_version": "1.0",
        "by_rs": response.by_resource_server,
    }


def test_v1_adapter_merges(tmp_path: t.Any, make_token_response: t.Any) -> None:
    adapter = SimpleJSONFileAdapter(str(tmp_path / "tokens.json"))
    adapter.store(make_token_response("a.example"))
    adapter.on_refresh(make_token_response("b.example"))
    adapter.store(make_token_response("a.example", refresh_token="rotated"))
    by_rs = adapter.get_by_resource_server()
    assert sorted(by_rs) == ["a.example", "b.example"]
    assert adapter.get_token_data("a.example")["refresh_token"] == "rotated"  # type: ignore[index]


def test_v1_adapter_rejects_unsupported_version(tmp_path: t.Any) -> None:
    path = tmp_path / "tokens.json"
    path.write_text(json.dumps({"format_version": "2.0", "data": {}}))
    with pytest.raises(ValueError, match="unsupported format_version"):
        SimpleJSONFileAdapter(path).get_by_resource_server()


def test_v2_format(tmp_path: t.Any, make_token_response: t.Any) -> None:
    path = tmp_path / "tokens.json"
    storage = JSONTokenStorage(path)
    assert storage.filepath == str(path)
    assert storage.namespace == "DEFAULT"
    assert JSONTokenStorage.file_format == "json"
    assert storage.get_token_data_by_resource_server() == {}
    assert not storage.file_exists()

    storage.store_token_response(
        make_token_response("a.example", identity_id="ident-1")
    )
    on_disk = json.loads(path.read_text())
    assert on_disk["format_version"] == "2.0"
    assert on_disk["globus-sdk.version"] == __version__
    assert set(on_disk["data"]) == {"DEFAULT"}
    entry = on_disk["data"]["DEFAULT"]["a.example"]
    assert entry["identity_id"] == "ident-1"
    assert entry["access_token"] == "access-a.example"
    assert set(entry) == {
        "resource_server",
        "identity_id",
        "scope",
        "access_token",
        "refresh_token",
        "expires_at_seconds",
        "token_type",
    }


def test_v2_namespaces_share_a_file(
    tmp_path: t.Any, make_token_response: t.Any
) -> None:
    path = tmp_path / "tokens.json"
    alice = JSONTokenStorage(path, namespace="alice")
    bob = JSONTokenStorage(path, namespace="bob")
    alice.store_token_response(make_token_response("a.example"))
    bob.store_token_response(make_token_response("b.example"))
    assert list(alice.get_token_data_by_resource_server()) == ["a.example"]
    assert list(bob.get_token_data_by_resource_server()) == ["b.example"]
    assert bob.get_token_data("a.example") is None

    assert alice.remove_token_data("a.example") is True
    assert alice.remove_token_data("a.example") is False
    assert bob.get_token_data("b.example") is not None


def test_v2_remove_without_file(tmp_path: t.Any) -> None:
    storage = JSONTokenStorage(tmp_path / "tokens.json")
    assert storage.remove_token_data("a.example") is False
    assert not storage.file_exists()


def test_v2_reads_v1_file(tmp_path: t.Any, make_token_response: t.Any) -> None:
    path = tmp_path / "tokens.json"
    SimpleJSONFileAdapter(path).store(make_token_response("a.example"))

    storage = JSONTokenStorage(path)
    data = storage.get_token_data("a.example")
    assert data is not None
    assert data.access_token == "access-a.example"
    assert data.identity_id is None
    # another namespace sees nothing of the v1 data
    assert JSONTokenStorage(path, namespace="other").get_token_data("a.example") is None

    # the next write converts the file to v2, keeping the v1 data
    storage.store_token_response(make_token_response("b.example"))
    on_disk = json.loads(path.read_text())
    assert on_disk["format_version"] == "2.0"
    assert "by_rs" not in on_disk
    assert sorted(on_disk["data"]["DEFAULT"]) == ["a.example", "b.example"]


def test_v2_keeps_unknown_top_level_keys_and_extra_fields(tmp_path: t.Any) -> None:
    path = tmp_path / "tokens.json"
    path.write_text(
        json.dumps(
            {
                "format_version": "2.0",
                "globus-sdk.version": "3.99.0",
                "something_new": [1, 2],
                "data": {
                    "DEFAULT": {
                        "a.example": {
                            "resource_server": "a.example",
                            "scope": "s",
                            "access_token": "tok",
                            "expires_at_seconds": 1,
                            "future": True,
                        }
                    }
                },
            }
        )
    )
    storage = JSONTokenStorage(path, namespace="other")
    assert JSONTokenStorage(path).get_token_data("a.example").extra == {"future": True}  # type: ignore[union-attr]
    storage.remove_token_data("missing")  # no change, no write
    assert json.loads(path.read_text())["globus-sdk.version"] == "3.99.0"

    from globus_sdk.tokenstorage import TokenStorageData

    storage.store_token_data_by_resource_server(
        {"b.example": TokenStorageData("b.example", None, "s", "t", None, 2, None)}
    )
    on_disk = json.loads(path.read_text())
    assert on_disk["something_new"] == [1, 2]
    assert on_disk["data"]["DEFAULT"]["a.example"]["future"] is True


@pytest.mark.parametrize(
    "content, problem",
    [
        ("[]", "not an object"),
        ('{"data": {}}', "format_version"),
        ('{"format_version": "9.0", "data": {}}', "unsupported format_version"),
        ('{"format_version": "2.0"}', "no token data"),
        ('{"format_version": "1.0"}', "no token data"),
        ('{"format_version": "2.0", "data": {"DEFAULT": []}}', "malformed"),
        ('{"format_version": "2.0", "data": {"DEFAULT": {"a": 1}}}', "malformed"),
    ],
)
def test_v2_invalid_structure(tmp_path: t.Any, content: str, problem: str) -> None:
    path = tmp_path / "tokens.json"
    path.write_text(content)
    with pytest.raises(ValueError, match=problem) as excinfo:
        JSONTokenStorage(path).get_token_data_by_resource_server()
    assert str(path) in str(excinfo.value)
