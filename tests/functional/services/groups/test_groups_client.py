"""One test (or more) per GroupsClient method: the exact request, the parsed result."""

from __future__ import annotations

import re
import uuid

import pytest
import responses

import globus_sdk
from globus_sdk._testing import get_last_request, load_response, load_response_set

BASE = "https://groups.api.globus.org/v2"


def test_get_my_groups(client, last_request):
    meta = load_response(client.get_my_groups).metadata
    res = client.get_my_groups()

    sent = last_request()
    assert (sent.method, sent.url) == ("GET", f"{BASE}/groups/my_groups")
    assert sent.query == {}
    assert sent.body is None
    assert sent.authorization == "Bearer mytoken"

    assert isinstance(res, globus_sdk.ArrayResponse)
    assert len(res) == 2
    assert [g["id"] for g in res] == meta["group_ids"]
    assert [g["name"] for g in res] == meta["group_names"]
    member_ids = {m["identity_id"] for g in res for m in g["my_memberships"]}
    assert member_ids == set(meta["member_ids"])


def test_get_my_groups_query_params(client, last_request):
    load_response(client.get_my_groups)
    client.get_my_groups(query_params={"statuses": "active"})
    assert last_request().query == {"statuses": ["active"]}


def test_get_group(client, last_request):
    fixture = load_response(client.get_group)
    meta = fixture.metadata
    res = client.get_group(meta["group_id"])

    sent = last_request()
    assert (sent.method, sent.url) == ("GET", f"{BASE}/groups/{meta['group_id']}")
    assert sent.query == {}
    assert sent.body is None
    assert sent.authorization == "Bearer mytoken"
    assert res["id"] == meta["group_id"]
    assert len(res["memberships"]) == 2
    assert res.data == fixture.json


@pytest.mark.parametrize(
    "include, expect",
    [
        ("memberships", "memberships"),
        (["memberships", "my_memberships"], "memberships,my_memberships"),
        (iter(("policies", "child_ids")), "policies,child_ids"),
    ],
)
def test_get_group_include(client, last_request, include, expect):
    meta = load_response(client.get_group).metadata
    client.get_group(
        uuid.UUID(meta["group_id"]), include=include, query_params={"x": "1"}
    )
    assert last_request().query == {"include": [expect], "x": ["1"]}


def test_get_group_subscription_case(client, last_request):
    meta = load_response(client.get_group, case="subscription").metadata
    res = client.get_group(meta["group_id"])
    assert last_request().path == f"/v2/groups/{meta['group_id']}"
    assert res["subscription_id"] == meta["subscription_id"]


def test_get_group_by_subscription_id(client, last_request):
    meta = load_response(client.get_group_by_subscription_id).metadata
    res = client.get_group_by_subscription_id(meta["subscription_id"])

    sent = last_request()
    assert (sent.method, sent.url) == (
        "GET",
        f"{BASE}/subscription_info/{meta['subscription_id']}",
    )
    assert sent.query == {}
    assert sent.body is None
    assert sent.authorization == "Bearer mytoken"
    assert res["group_id"] == meta["group_id"]
    assert res["subscription_id"] == meta["subscription_id"]


def test_delete_group(client, last_request):
    meta = load_response(client.delete_group).metadata
    res = client.delete_group(meta["group_id"], query_params={"a": "b"})

    sent = last_request()
    assert (sent.method, sent.url) == ("DELETE", f"{BASE}/groups/{meta['group_id']}")
    assert sent.query == {"a": ["b"]}
    assert sent.body is None
    assert sent.authorization == "Bearer mytoken"
    assert res["id"] == meta["group_id"]


def test_create_group(client, last_request):
    meta = load_response(client.create_group).metadata
    data = {"name": "Research Computing Users", "description": "cluster users"}
    res = client.create_group(data, query_params={"x": "1"})

    sent = last_request()
    assert (sent.method, sent.url) == ("POST", f"{BASE}/groups")
    assert sent.query == {"x": ["1"]}
    assert sent.body == data
    assert sent.authorization == "Bearer mytoken"
    assert res["id"] == meta["group_id"]


def test_update_group(client, last_request):
    fixture = load_response(client.update_group)
    meta = fixture.metadata
    res = client.update_group(meta["group_id"], {"name": meta["name"]})

    sent = last_request()
    assert (sent.method, sent.url) == ("PUT", f"{BASE}/groups/{meta['group_id']}")
    assert sent.query == {}
    assert sent.authorization == "Bearer mytoken"
    assert sent.body == {"name": meta["name"]}
    assert res["name"] == meta["name"]
    assert res.data == fixture.json


def test_update_group_query_params(client, last_request):
    meta = load_response(client.update_group).metadata
    client.update_group(
        uuid.UUID(meta["group_id"]), {"description": "d"}, query_params={"x": "1"}
    )
    sent = last_request()
    assert (sent.method, sent.url) == ("PUT", f"{BASE}/groups/{meta['group_id']}")
    assert sent.query == {"x": ["1"]}
    assert sent.body == {"description": "d"}


def test_get_group_policies(client, last_request):
    fixture = load_response(client.get_group_policies)
    meta = fixture.metadata
    res = client.get_group_policies(meta["group_id"])

    sent = last_request()
    assert (sent.method, sent.url) == (
        "GET",
        f"{BASE}/groups/{meta['group_id']}/policies",
    )
    assert sent.query == {}
    assert sent.body is None
    assert sent.authorization == "Bearer mytoken"
    assert res["group_visibility"] == "private"
    assert res["signup_fields"] == ["address1", "institution"]
    assert res.data == fixture.json


def test_get_group_policies_query_params(client, last_request):
    meta = load_response(client.get_group_policies).metadata
    client.get_group_policies(uuid.UUID(meta["group_id"]), query_params={"x": "1"})
    sent = last_request()
    assert sent.url == f"{BASE}/groups/{meta['group_id']}/policies"
    assert sent.query == {"x": ["1"]}


def test_set_group_policies_with_helper(client, last_request):
    meta = load_response(client.set_group_policies).metadata
    policies = globus_sdk.GroupPolicies(
        is_high_assurance=True,
        group_visibility=globus_sdk.GroupVisibility.authenticated,
        group_members_visibility="members",
        join_requests=True,
        signup_fields=[globus_sdk.GroupRequiredSignupFields.institution, "department"],
        authentication_assurance_timeout=28800,
    )
    res = client.set_group_policies(meta["group_id"], policies)

    sent = last_request()
    assert (sent.method, sent.url) == (
        "PUT",
        f"{BASE}/groups/{meta['group_id']}/policies",
    )
    assert sent.query == {}
    assert sent.authorization == "Bearer mytoken"
    assert sent.body == {
        "is_high_assurance": True,
        "group_visibility": "authenticated",
        "group_members_visibility": "members",
        "join_requests": True,
        "signup_fields": ["institution", "department"],
        "authentication_assurance_timeout": 28800,
    }
    assert res["is_high_assurance"] is True


def test_set_group_policies_with_dict(client, last_request):
    meta = load_response(client.set_group_policies).metadata
    client.set_group_policies(
        meta["group_id"], {"is_high_assurance": False}, query_params={"q": "1"}
    )
    sent = last_request()
    assert sent.body == {"is_high_assurance": False}
    assert sent.query == {"q": ["1"]}


def test_get_identity_preferences(client, last_request):
    fixture = load_response(client.get_identity_preferences)
    meta = fixture.metadata
    res = client.get_identity_preferences()

    sent = last_request()
    assert (sent.method, sent.url) == ("GET", f"{BASE}/preferences")
    assert sent.query == {}
    assert sent.body is None
    assert sent.authorization == "Bearer mytoken"
    assert res[meta["identity_id"]] == {"allow_add": True}
    assert res.data == fixture.json


def test_get_identity_preferences_query_params(client, last_request):
    load_response(client.get_identity_preferences)
    client.get_identity_preferences(query_params={"x": "1"})
    sent = last_request()
    assert (sent.method, sent.url) == ("GET", f"{BASE}/preferences")
    assert sent.query == {"x": ["1"]}


def test_set_identity_preferences(client, last_request):
    meta = load_response(client.set_identity_preferences).metadata
    data = {meta["identity_id"]: {"allow_add": False}}
    res = client.set_identity_preferences(data)

    sent = last_request()
    assert (sent.method, sent.url) == ("PUT", f"{BASE}/preferences")
    assert sent.query == {}
    assert sent.authorization == "Bearer mytoken"
    assert sent.body == data
    assert res[meta["identity_id"]] == {"allow_add": False}


def test_set_identity_preferences_query_params(client, last_request):
    meta = load_response(client.set_identity_preferences).metadata
    data = {meta["identity_id"]: {"allow_add": True}}
    client.set_identity_preferences(data, query_params={"x": "1"})
    sent = last_request()
    assert (sent.method, sent.url) == ("PUT", f"{BASE}/preferences")
    assert sent.query == {"x": ["1"]}
    assert sent.body == data


def test_get_membership_fields(client, last_request):
    fixture = load_response(client.get_membership_fields)
    meta = fixture.metadata
    res = client.get_membership_fields(meta["group_id"])

    sent = last_request()
    assert (sent.method, sent.url) == (
        "GET",
        f"{BASE}/groups/{meta['group_id']}/membership_fields",
    )
    assert sent.query == {}
    assert sent.body is None
    assert sent.authorization == "Bearer mytoken"
    assert res["institution"] == "University of Chicago"
    assert res.data == fixture.json


def test_get_membership_fields_query_params(client, last_request):
    meta = load_response(client.get_membership_fields).metadata
    client.get_membership_fields(uuid.UUID(meta["group_id"]), query_params={"x": "1"})
    sent = last_request()
    assert sent.url == f"{BASE}/groups/{meta['group_id']}/membership_fields"
    assert sent.query == {"x": ["1"]}


def test_set_membership_fields(client, last_request):
    fixture = load_response(client.set_membership_fields)
    meta = fixture.metadata
    data = {"institution": "Example University", "department": "Physics"}
    res = client.set_membership_fields(meta["group_id"], data)

    sent = last_request()
    assert (sent.method, sent.url) == (
        "PUT",
        f"{BASE}/groups/{meta['group_id']}/membership_fields",
    )
    assert sent.query == {}
    assert sent.authorization == "Bearer mytoken"
    assert sent.body == data
    assert res["department"] == "Physics"
    assert res.data == fixture.json


def test_set_membership_fields_query_params(client, last_request):
    meta = load_response(client.set_membership_fields).metadata
    data = {"department": "Chemistry"}
    client.set_membership_fields(meta["group_id"], data, query_params={"x": "1"})
    sent = last_request()
    assert (sent.method, sent.url) == (
        "PUT",
        f"{BASE}/groups/{meta['group_id']}/membership_fields",
    )
    assert sent.query == {"x": ["1"]}
    assert sent.body == data


def test_batch_membership_action(client, last_request):
    meta = load_response(client.batch_membership_action).metadata
    actions = (
        globus_sdk.BatchMembershipActions()
        .add_members(meta["identity_ids"], role=globus_sdk.GroupRole.member)
        .remove_members([uuid.UUID("299e8035-6a3e-4350-9219-2592db4ea909")])
    )
    res = client.batch_membership_action(meta["group_id"], actions)

    sent = last_request()
    assert (sent.method, sent.url) == ("POST", f"{BASE}/groups/{meta['group_id']}")
    assert sent.query == {}
    assert sent.authorization == "Bearer mytoken"
    assert sent.body == {
        "add": [{"identity_id": i, "role": "member"} for i in meta["identity_ids"]],
        "remove": [{"identity_id": "299e8035-6a3e-4350-9219-2592db4ea909"}],
    }
    assert [m["identity_id"] for m in res["add"]] == meta["identity_ids"]


def test_batch_membership_action_dict(client, last_request):
    meta = load_response(client.batch_membership_action).metadata
    data = {"add": [{"identity_id": meta["identity_ids"][0]}]}
    client.batch_membership_action(meta["group_id"], data, query_params={"a": "1"})
    sent = last_request()
    assert sent.body == data
    assert sent.query == {"a": ["1"]}


def test_set_subscription_admin_verified_id(client, last_request):
    meta = load_response(client.set_subscription_admin_verified_id).metadata
    res = client.set_subscription_admin_verified_id(
        meta["group_id"], uuid.UUID(meta["subscription_id"])
    )

    sent = last_request()
    assert (sent.method, sent.url) == (
        "PUT",
        f"{BASE}/groups/{meta['group_id']}/subscription_admin_verified",
    )
    assert sent.query == {}
    assert sent.authorization == "Bearer mytoken"
    assert sent.body == {"subscription_admin_verified_id": meta["subscription_id"]}
    assert res["subscription_admin_verified_id"] == meta["subscription_id"]


def test_set_subscription_admin_verified_id_clear(client, last_request):
    meta = load_response(client.set_subscription_admin_verified_id).metadata
    client.set_subscription_admin_verified_id(
        meta["group_id"], None, query_params={"a": "1"}
    )
    sent = last_request()
    assert sent.body == {"subscription_admin_verified_id": None}
    assert sent.query == {"a": ["1"]}


def test_ids_are_quoted_into_one_path_segment(client):
    responses.add(responses.GET, re.compile(f"{re.escape(BASE)}/.*"), json={})
    client.get_group("../preferences")
    req = get_last_request()
    assert req is not None
    assert req.url == f"{BASE}/groups/..%2Fpreferences"


def test_every_fixture_set_loads():
    for name in (
        "batch_membership_action",
        "create_group",
        "delete_group",
        "get_group",
        "get_group_by_subscription_id",
        "get_group_policies",
        "get_identity_preferences",
        "get_membership_fields",
        "get_my_groups",
        "set_group_policies",
        "set_identity_preferences",
        "set_membership_fields",
        "set_subscription_admin_verified_id",
        "update_group",
    ):
        rset = load_response_set(f"groups.{name}")
        assert "default" in set(rset.cases())
