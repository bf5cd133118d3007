from __future__ import annotations

import json
import os
import pathlib
import typing as t

import pytest

from globus_sdk.local_endpoint import LocalGlobusConnectServer

INFO = {
    "endpoint_id": "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
    "domain_name": "abc.xyz.data.globus.org",
    "other": 1,
}


def test_default_info_path() -> None:
    gcs = LocalGlobusConnectServer()
    assert gcs.info_path == pathlib.Path("/var/lib/globus-connect-server/info.json")


def test_reads_info(tmp_path: t.Any) -> None:
    path = tmp_path / "info.json"
    path.write_text(json.dumps(INFO))
    gcs = LocalGlobusConnectServer(info_path=str(path))
    assert gcs.info_path == path
    assert gcs.info_dict == INFO
    assert gcs.endpoint_id == INFO["endpoint_id"]
    assert gcs.domain_name == INFO["domain_name"]

    # cached until deleted
    path.write_text(json.dumps({"endpoint_id": "changed"}))
    assert gcs.endpoint_id == INFO["endpoint_id"]
    del gcs.info_dict
    assert gcs.endpoint_id == "changed"
    assert gcs.domain_name is None


@pytest.mark.parametrize("content", [None, "not json", "[1, 2]", '"str"'])
def test_missing_or_invalid_info(tmp_path: t.Any, content: str | None) -> None:
    path = tmp_path / "info.json"
    if content is not None:
        path.write_text(content)
    gcs = LocalGlobusConnectServer(info_path=path)
    assert gcs.info_dict is None
    assert gcs.endpoint_id is None
    assert gcs.domain_name is None

    # a later valid file is picked up (failures are not cached)
    path.write_text(json.dumps(INFO))
    assert gcs.endpoint_id == INFO["endpoint_id"]


def test_non_string_values_are_ignored(tmp_path: t.Any) -> None:
    path = tmp_path / "info.json"
    path.write_text(json.dumps({"endpoint_id": 12, "domain_name": None}))
    gcs = LocalGlobusConnectServer(info_path=path)
    assert gcs.info_dict == {"endpoint_id": 12, "domain_name": None}
    assert gcs.endpoint_id is None
    assert gcs.domain_name is None


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read any file")
def test_unreadable_info(tmp_path: t.Any) -> None:  # pragma: no cover - not as root
    path = tmp_path / "info.json"
    path.write_text(json.dumps(INFO))
    path.chmod(0)
    assert LocalGlobusConnectServer(info_path=path).info_dict is None
