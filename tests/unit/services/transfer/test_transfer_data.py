from __future__ import annotations

import datetime
import json
import time
import unittest.mock
import uuid

import pytest

import globus_sdk
from globus_sdk import TransferData

SRC = "aa752cea-8222-5bc8-acd9-555b090c0ccb"
DST = "313ce13e-b597-5858-ae13-29e46fea26e6"


def test_defaults():
    tdata = TransferData(source_endpoint=SRC, destination_endpoint=uuid.UUID(DST))
    assert dict(tdata) == {
        "DATA_TYPE": "transfer",
        "DATA": [],
        "source_endpoint": SRC,
        "destination_endpoint": DST,
        "verify_checksum": False,
        "preserve_timestamp": False,
        "encrypt_data": False,
        "skip_source_errors": False,
        "fail_on_quota_errors": False,
        "delete_destination_extra": False,
        "notify_on_succeeded": True,
        "notify_on_failed": True,
        "notify_on_inactive": True,
    }
    assert isinstance(tdata, globus_sdk.utils.PayloadWrapper)


def test_all_options():
    tdata = TransferData(
        source_endpoint=SRC,
        destination_endpoint=DST,
        label="all options",
        submission_id=uuid.UUID("5d5d5d5d-0000-4000-8000-000000000001"),
        sync_level="checksum",
        verify_checksum=True,
        preserve_timestamp=True,
        encrypt_data=True,
        deadline="2030-01-02T03:04:05+00:00",
        skip_activation_check=True,
        skip_source_errors=True,
        fail_on_quota_errors=True,
        recursive_symlinks="copy",
        delete_destination_extra=True,
        notify_on_succeeded=False,
        notify_on_failed=False,
        notify_on_inactive=False,
        source_local_user="srcuser",
        destination_local_user="dstuser",
        additional_fields={"custom_field": 7},
    )
    assert tdata["submission_id"] == "5d5d5d5d-0000-4000-8000-000000000001"
    assert tdata["sync_level"] == 3
    assert tdata["recursive_symlinks"] == "copy"
    assert tdata["skip_activation_check"] is True
    assert tdata["source_local_user"] == "srcuser"
    assert tdata["destination_local_user"] == "dstuser"
    assert tdata["custom_field"] == 7
    assert tdata["notify_on_inactive"] is False


@pytest.mark.parametrize(
    "value, expect",
    [("exists", 0), ("size", 1), ("mtime", 2), ("checksum", 3), (0, 0), (2, 2), (3, 3)],
)
def test_sync_level_names_and_numbers(value, expect):
    tdata = TransferData(source_endpoint=SRC, destination_endpoint=DST, sync_level=value)
    assert tdata["sync_level"] == expect


def test_unknown_sync_level_is_sent_as_given():
    # the API validates it (and says which values are allowed)
    tdata = TransferData(source_endpoint=SRC, destination_endpoint=DST, sync_level="bogus")  # type: ignore[arg-type]
    assert tdata["sync_level"] == "bogus"


def test_deadline_datetime_is_a_string():
    when = datetime.datetime(2030, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)
    tdata = TransferData(source_endpoint=SRC, destination_endpoint=DST, deadline=when)
    assert tdata["deadline"] == "2030-01-02 03:04:05+00:00"


@pytest.mark.parametrize("missing", ["source_endpoint", "destination_endpoint"])
def test_endpoints_are_required(missing):
    kwargs = {"source_endpoint": SRC, "destination_endpoint": DST}
    del kwargs[missing]
    with pytest.raises(globus_sdk.GlobusSDKUsageError):
        TransferData(**kwargs)


def test_client_arg_fetches_submission_id():
    tc = unittest.mock.Mock()
    tc.get_submission_id.return_value = {"value": "sub-1"}
    tdata = TransferData(tc, SRC, DST)
    assert tdata["submission_id"] == "sub-1"
    tc.get_submission_id.assert_called_once_with()


def test_client_arg_with_submission_id_does_not_fetch():
    tc = unittest.mock.Mock()
    tdata = TransferData(tc, SRC, DST, submission_id="given")
    assert tdata["submission_id"] == "given"
    tc.get_submission_id.assert_not_called()


def test_add_item_variants():
    tdata = TransferData(source_endpoint=SRC, destination_endpoint=DST)
    tdata.add_item("/s/file", "/d/file")
    tdata.add_item("/s/dir/", "/d/dir/", recursive=True)
    tdata.add_item("/s/x", "/d/x", recursive=False, external_checksum="abc", checksum_algorithm="MD5")
    tdata.add_item("/s/y", "/d/y", additional_fields={"extra": True})
    tdata.add_symlink_item("/s/link", "/d/link")
    assert list(tdata.iter_items()) == [
        {"DATA_TYPE": "transfer_item", "source_path": "/s/file", "destination_path": "/d/file"},
        {
            "DATA_TYPE": "transfer_item",
            "source_path": "/s/dir/",
            "destination_path": "/d/dir/",
            "recursive": True,
        },
        {
            "DATA_TYPE": "transfer_item",
            "source_path": "/s/x",
            "destination_path": "/d/x",
            "recursive": False,
            "external_checksum": "abc",
            "checksum_algorithm": "MD5",
        },
        {
            "DATA_TYPE": "transfer_item",
            "source_path": "/s/y",
            "destination_path": "/d/y",
            "extra": True,
        },
        {
            "DATA_TYPE": "transfer_symlink_item",
            "source_path": "/s/link",
            "destination_path": "/d/link",
        },
    ]
    assert tdata["DATA"] == list(tdata.iter_items())


def test_add_item_returns_none():
    tdata = TransferData(source_endpoint=SRC, destination_endpoint=DST)
    assert tdata.add_item("/a", "/b") is None


def test_filter_rules():
    tdata = TransferData(source_endpoint=SRC, destination_endpoint=DST)
    assert "filter_rules" not in tdata
    tdata.add_filter_rule("*.tmp")
    tdata.add_filter_rule("keep", method="include", type="dir")
    tdata.add_filter_rule("*.log", type="file")
    assert tdata["filter_rules"] == [
        {"DATA_TYPE": "filter_rule", "method": "exclude", "name": "*.tmp"},
        {"DATA_TYPE": "filter_rule", "method": "include", "name": "keep", "type": "dir"},
        {"DATA_TYPE": "filter_rule", "method": "exclude", "name": "*.log", "type": "file"},
    ]


def test_json_serializable():
    tdata = TransferData(source_endpoint=SRC, destination_endpoint=DST, label="x")
    tdata.add_item("/a", "/b")
    assert json.loads(json.dumps(tdata.data))["DATA"][0]["source_path"] == "/a"


def test_documents_are_independent():
    a = TransferData(source_endpoint=SRC, destination_endpoint=DST)
    b = TransferData(source_endpoint=SRC, destination_endpoint=DST)
    a.add_item("/a", "/b")
    a.add_filter_rule("*.tmp")
    assert b["DATA"] == [] and "filter_rules" not in b


def test_many_items_is_linear_and_cheap():
    """100,000 items cost about what the same plain dicts cost (generous bound here;
    benchmarks/bench_transfer.py measures the ratio precisely)."""
    n = 100_000

    def plain() -> float:
        start = time.perf_counter()
        items = []
        for i in range(n):
            items.append(
                {"DATA_TYPE": "transfer_item", "source_path": f"/s/{i}", "destination_path": f"/d/{i}"}
            )
        return time.perf_counter() - start

    def wrapped() -> float:
        tdata = TransferData(source_endpoint=SRC, destination_endpoint=DST)
        start = time.perf_counter()
        for i in range(n):
            tdata.add_item(f"/s/{i}", f"/d/{i}")
        elapsed = time.perf_counter() - start
        assert len(tdata["DATA"]) == n
        return elapsed

    base = min(plain() for _ in range(3))
    ours = min(wrapped() for _ in range(3))
    assert ours < base * 4, (ours, base)
