from __future__ import annotations

import datetime
import unittest.mock
import uuid

import pytest

import globus_sdk
from globus_sdk import DeleteData

EP = "aa752cea-8222-5bc8-acd9-555b090c0ccb"


def test_defaults():
    ddata = DeleteData(endpoint=uuid.UUID(EP))
    assert dict(ddata) == {
        "DATA_TYPE": "delete",
        "DATA": [],
        "endpoint": EP,
        "recursive": False,
        "ignore_missing": False,
        "interpret_globs": False,
        "notify_on_succeeded": True,
        "notify_on_failed": True,
        "notify_on_inactive": True,
    }


def test_all_options():
    ddata = DeleteData(
        endpoint=EP,
        label="del",
        submission_id="sub-1",
        recursive=True,
        ignore_missing=True,
        interpret_globs=True,
        deadline=datetime.datetime(2030, 1, 1, tzinfo=datetime.timezone.utc),
        skip_activation_check=False,
        notify_on_succeeded=False,
        notify_on_failed=True,
        notify_on_inactive=False,
        local_user="alice",
        additional_fields={"foo": "bar"},
    )
    assert ddata["label"] == "del"
    assert ddata["submission_id"] == "sub-1"
    assert ddata["deadline"] == "2030-01-01 00:00:00+00:00"
    assert ddata["skip_activation_check"] is False
    assert ddata["local_user"] == "alice"
    assert ddata["foo"] == "bar"
    assert (ddata["recursive"], ddata["ignore_missing"], ddata["interpret_globs"]) == (
        True,
        True,
        True,
    )


def test_endpoint_is_required():
    with pytest.raises(globus_sdk.GlobusSDKUsageError):
        DeleteData()


def test_client_arg_fetches_submission_id():
    tc = unittest.mock.Mock()
    tc.get_submission_id.return_value = {"value": "sub-9"}
    assert DeleteData(tc, EP)["submission_id"] == "sub-9"


def test_items():
    ddata = DeleteData(endpoint=EP)
    ddata.add_item("/~/a")
    ddata.add_item("/~/b*", additional_fields={"x": 1})
    assert list(ddata.iter_items()) == [
        {"DATA_TYPE": "delete_item", "path": "/~/a"},
        {"DATA_TYPE": "delete_item", "path": "/~/b*", "x": 1},
    ]
