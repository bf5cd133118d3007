from __future__ import annotations

import json

import globus_sdk
from globus_sdk import RunActivityNotificationPolicy


def test_default_policy_is_empty_on_the_wire():
    policy = RunActivityNotificationPolicy()
    assert policy["status"] is globus_sdk.MISSING
    assert globus_sdk.utils.strip_missing(policy) == {}


def test_status_is_copied():
    statuses: list = ["INACTIVE", "FAILED"]
    policy = RunActivityNotificationPolicy(status=statuses)
    statuses.append("SUCCEEDED")
    assert policy["status"] == ["INACTIVE", "FAILED"]
    assert json.dumps(policy.data) == '{"status": ["INACTIVE", "FAILED"]}'


def test_is_a_payload_wrapper():
    policy = RunActivityNotificationPolicy(status=[])
    assert isinstance(policy, globus_sdk.utils.PayloadWrapper)
    assert dict(policy) == {"status": []}
