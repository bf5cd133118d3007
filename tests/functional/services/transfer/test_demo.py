"""The offline Transfer demo runs end to end, and its live path works against
canned responses registered the way a real server would answer."""

from __future__ import annotations

import pathlib
import runpy

import pytest

from globus_sdk._testing import load_response

DEMO = pathlib.Path(__file__).parents[4] / "demo" / "transfer_demo.py"


@pytest.fixture
def demo(monkeypatch):
    for name in ("GLOBUS_TRANSFER_TOKEN", "GLOBUS_DEMO_SOURCE_COLLECTION", "GLOBUS_DEMO_DEST_COLLECTION"):
        monkeypatch.delenv(name, raising=False)
    return runpy.run_path(str(DEMO), run_name="transfer_demo")


def test_offline_demo(demo, capsys):
    assert demo["main"]() == 0
    out = capsys.readouterr().out
    assert "offline (canned responses)" in out
    assert "202 Accepted: task 42277910-0c18-11ef-8a3b-0242ac110002" in out
    assert "status SUCCEEDED" in out
    assert "page 2: 1 task (total 3)" in out
    assert "TransferAPIError: HTTP 400, code ClientError.BadRequest.NoTransferItems" in out
    assert out.rstrip().endswith("done.")


def test_live_path(demo, capsys, monkeypatch):
    from globus_sdk._testing.data.transfer._endpoint_fixtures import ENDPOINT_ID
    from globus_sdk._testing.data.transfer._task_fixtures import DESTINATION_ENDPOINT_ID

    monkeypatch.setenv("GLOBUS_TRANSFER_TOKEN", "live-token")
    monkeypatch.setenv("GLOBUS_DEMO_SOURCE_COLLECTION", ENDPOINT_ID)
    monkeypatch.setenv("GLOBUS_DEMO_DEST_COLLECTION", DESTINATION_ENDPOINT_ID)
    monkeypatch.setenv("GLOBUS_DEMO_SOURCE_PATH", "/~/project/")
    for fixture in (
        "transfer.endpoint_search",
        "transfer.operation_ls",
        "transfer.get_submission_id",
        "transfer.submit_transfer",
        "transfer.get_task",
        "transfer.task_list",
    ):
        load_response(fixture)

    assert demo["main"]() == 0
    out = capsys.readouterr().out
    assert "-- live" in out
    assert "status SUCCEEDED" in out
    assert "page 1: 3 tasks (total 3)" in out
    # the canned /transfer answer is a success, so the error step reports acceptance
    assert "(the service accepted it)" in out
