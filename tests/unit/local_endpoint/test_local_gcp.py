from __future__ import annotations

import os
import typing as t

import pytest

from globus_sdk.exc import GlobusSDKUsageError
from globus_sdk.local_endpoint import (
    GlobusConnectPersonalOwnerInfo,
    LocalGlobusConnectPersonal,
)
from globus_sdk.local_endpoint.personal import endpoint as endpoint_module

ENDPOINT_ID = "4f5a2d7e-8b1c-4e3f-9a6b-0c1d2e3f4a5b"
OWNER_ID = "7deda7cc-077b-11ec-a137-67523ecffd4b"
DN = "/C=US/O=Globus Consortium/OU=Globus Connect User/CN="


@pytest.fixture
def posix(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(endpoint_module, "_on_windows", lambda: False)


@pytest.fixture
def windows(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(endpoint_module, "_on_windows", lambda: True)


def write_lta(config_dir: t.Any, name: str, content: str) -> None:
    lta = config_dir / "lta"
    lta.mkdir(parents=True, exist_ok=True)
    (lta / name).write_text(content)


@pytest.mark.usefixtures("posix")
def test_default_config_dir(tmp_path: t.Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    gcp = LocalGlobusConnectPersonal()
    assert gcp.config_dir == os.path.join(str(tmp_path), ".globusonline")


@pytest.mark.usefixtures("posix")
def test_endpoint_id_from_client_id_file(tmp_path: t.Any) -> None:
    write_lta(tmp_path, "client-id.txt", f"{ENDPOINT_ID}\n")
    gcp = LocalGlobusConnectPersonal(config_dir=str(tmp_path))
    assert gcp.config_dir == str(tmp_path)
    assert gcp.endpoint_id == ENDPOINT_ID

    # cached until deleted
    write_lta(tmp_path, "client-id.txt", "something-else")
    assert gcp.endpoint_id == ENDPOINT_ID
    del gcp.endpoint_id
    assert gcp.endpoint_id == "something-else"


@pytest.mark.usefixtures("posix")
def test_endpoint_id_missing(tmp_path: t.Any) -> None:
    gcp = LocalGlobusConnectPersonal(config_dir=str(tmp_path / "nope"))
    assert gcp.endpoint_id is None
    # an empty file is "not set up" too
    write_lta(tmp_path, "client-id.txt", "\n")
    assert LocalGlobusConnectPersonal(config_dir=str(tmp_path)).endpoint_id is None


@pytest.mark.usefixtures("posix")
def test_endpoint_id_other_errors_propagate(tmp_path: t.Any) -> None:
    (tmp_path / "lta" / "client-id.txt").mkdir(parents=True)
    gcp = LocalGlobusConnectPersonal(config_dir=str(tmp_path))
    with pytest.raises(OSError):
        gcp.endpoint_id  # noqa: B018


@pytest.mark.usefixtures("windows")
def test_windows_paths(tmp_path: t.Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path))
    gcp = LocalGlobusConnectPersonal()
    assert gcp.config_dir == os.path.join(str(tmp_path), "Globus Connect")
    # on Windows, the files are directly in the config dir (no lta/)
    os.makedirs(gcp.config_dir)
    with open(os.path.join(gcp.config_dir, "client-id.txt"), "w") as f:
        f.write(ENDPOINT_ID)
    assert gcp.endpoint_id == ENDPOINT_ID


@pytest.mark.usefixtures("windows")
def test_windows_without_localappdata(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LOCALAPPDATA", raising=False)
    gcp = LocalGlobusConnectPersonal()
    with pytest.raises(GlobusSDKUsageError, match="LOCALAPPDATA"):
        gcp.config_dir  # noqa: B018
    # an explicit config_dir needs no environment
    assert LocalGlobusConnectPersonal(config_dir="C:\\gcp").config_dir == "C:\\gcp"


@pytest.mark.usefixtures("posix")
@pytest.mark.parametrize(
    "gridmap, expected_username, expected_id",
    [
        (f'"{DN}sirosen" sirosen\n', "sirosen@globusid.org", None),
        (f'"{DN}foo@example.org" foo\n', "foo@example.org", None),
        (f'"{DN}{OWNER_ID}" someuser\n', None, OWNER_ID),
        (f'\n\n"{DN}bar" bar\n"{DN}other" other\n', "bar@globusid.org", None),
    ],
)
def test_get_owner_info(
    tmp_path: t.Any,
    gridmap: str,
    expected_username: str | None,
    expected_id: str | None,
) -> None:
    write_lta(tmp_path, "gridmap", gridmap)
    info = LocalGlobusConnectPersonal(config_dir=str(tmp_path)).get_owner_info()
    assert isinstance(info, GlobusConnectPersonalOwnerInfo)
    assert info.username == expected_username
    assert info.id == expected_id


@pytest.mark.usefixtures("posix")
@pytest.mark.parametrize("gridmap", ["", "\n\n", "garbage line\n", '"/CN=x" x\n'])
def test_get_owner_info_unparseable(tmp_path: t.Any, gridmap: str) -> None:
    write_lta(tmp_path, "gridmap", gridmap)
    assert LocalGlobusConnectPersonal(config_dir=str(tmp_path)).get_owner_info() is None


@pytest.mark.usefixtures("posix")
def test_get_owner_info_missing_file(tmp_path: t.Any) -> None:
    gcp = LocalGlobusConnectPersonal(config_dir=str(tmp_path))
    assert gcp.get_owner_info() is None


class FakeAuthClient:
    def __init__(self, identities: list[dict[str, t.Any]]) -> None:
        self.identities = identities
        self.calls: list[dict[str, t.Any]] = []

    def get_identities(self, **kwargs: t.Any) -> dict[str, t.Any]:
        self.calls.append(kwargs)
        return {"identities": self.identities}


@pytest.mark.usefixtures("posix")
def test_get_owner_info_with_auth_client_by_username(tmp_path: t.Any) -> None:
    write_lta(tmp_path, "gridmap", f'"{DN}sirosen" sirosen\n')
    identity = {"id": OWNER_ID, "username": "sirosen@globusid.org"}
    client = FakeAuthClient([identity])
    gcp = LocalGlobusConnectPersonal(config_dir=str(tmp_path))
    assert gcp.get_owner_info(t.cast(t.Any, client)) == identity
    assert client.calls == [{"usernames": "sirosen@globusid.org"}]


@pytest.mark.usefixtures("posix")
def test_get_owner_info_with_auth_client_by_id(tmp_path: t.Any) -> None:
    write_lta(tmp_path, "gridmap", f'"{DN}{OWNER_ID}" x\n')
    client = FakeAuthClient([])
    gcp = LocalGlobusConnectPersonal(config_dir=str(tmp_path))
    assert gcp.get_owner_info(t.cast(t.Any, client)) is None
    assert client.calls == [{"ids": OWNER_ID}]


def test_owner_info_str_and_parsing() -> None:
    by_name = GlobusConnectPersonalOwnerInfo(config_dn=f"{DN}foo")
    assert str(by_name) == "GlobusConnectPersonalOwnerInfo(username='foo@globusid.org')"
    assert repr(by_name) == str(by_name)
    by_id = GlobusConnectPersonalOwnerInfo(config_dn=f'"{DN}{OWNER_ID}" foo')
    assert str(by_id) == f"GlobusConnectPersonalOwnerInfo(id='{OWNER_ID}')"
    for bad in ["", f'"{DN}foo', f"{DN}", "/C=US/CN=foo"]:
        with pytest.raises(ValueError):
            GlobusConnectPersonalOwnerInfo(config_dn=bad)
    with pytest.raises(AttributeError):
        by_id.usernme = "typo"  # type: ignore[attr-defined]
