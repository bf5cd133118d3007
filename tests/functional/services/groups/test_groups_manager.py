"""GroupsManager: each helper sends the one request it stands for."""

from __future__ import annotations

import uuid

import pytest

import globus_sdk
from globus_sdk._testing import load_response

BASE = "https://groups.api.globus.org/v2"


def test_default_client_is_created():
    manager = globus_sdk.GroupsManager()
    assert isinstance(manager.client, globus_sdk.GroupsClient)
    assert manager.client.authorizer is None


def test_create_group(manager, client, last_request):
    fixture = load_response(client.create_group)
    meta = fixture.metadata
    res = manager.create_group("Research Computing Users", "cluster users")

    sent = last_request()
    assert (sent.method, sent.url) == ("POST", f"{BASE}/groups")
    assert sent.query == {}
    assert sent.body == {
        "name": "Research Computing Users",
        "description": "cluster users",
        "parent_id": None,
    }
    assert sent.authorization == "Bearer mytoken"
    assert res["id"] == meta["group_id"]
    assert res.data == fixture.json


def test_create_subgroup(manager, client, last_request):
    parent_id = load_response(client.create_group).metadata["group_id"]
    manager.create_group("Sub", "a subgroup", parent_id=uuid.UUID(parent_id))
    assert last_request().body["parent_id"] == parent_id
    assert last_request().body == {
        "name": "Sub",
        "description": "a subgroup",
        "parent_id": parent_id,
    }


def test_set_group_policies(manager, client, last_request):
    meta = load_response(client.set_group_policies).metadata
    res = manager.set_group_policies(
        meta["group_id"],
        is_high_assurance=True,
        group_visibility=globus_sdk.GroupVisibility.authenticated,
        group_members_visibility="managers",
        join_requests=True,
        signup_fields=[globus_sdk.GroupRequiredSignupFields.zip, "phone"],
        authentication_assurance_timeout=100,
    )

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
        "group_members_visibility": "managers",
        "join_requests": True,
        "signup_fields": ["zip", "phone"],
        "authentication_assurance_timeout": 100,
    }
    assert res["join_requests"] is True


def test_set_group_policies_sends_null_timeout_by_default(
    manager, client, last_request
):
    meta = load_response(client.set_group_policies).metadata
    manager.set_group_policies(
        meta["group_id"],
        is_high_assurance=False,
        group_visibility="private",
        group_members_visibility=globus_sdk.GroupMemberVisibility.members,
        join_requests=False,
        signup_fields=[],
    )
    body = last_request().body
    assert body["authentication_assurance_timeout"] is None
    assert body["signup_fields"] == []
    assert body == {
        "is_high_assurance": False,
        "group_visibility": "private",
        "group_members_visibility": "members",
        "join_requests": False,
        "signup_fields": [],
        "authentication_assurance_timeout": None,
    }


@pytest.mark.parametrize(
    "method, key",
    [
        ("accept_invite", "accept"),
        ("approve_pending", "approve"),
        ("decline_invite", "decline"),
        ("join", "join"),
        ("leave", "leave"),
        ("reject_join_request", "reject"),
        ("remove_member", "remove"),
        ("request_join", "request_join"),
    ],
)
def test_membership_actions(manager, client, last_request, method, key):
    meta = load_response(client.batch_membership_action).metadata
    group_id, identity_id = meta["group_id"], meta["identity_ids"][0]
    res = getattr(manager, method)(group_id, uuid.UUID(identity_id))

    sent = last_request()
    assert (sent.method, sent.url) == ("POST", f"{BASE}/groups/{group_id}")
    assert sent.query == {}
    assert sent.body == {key: [{"identity_id": identity_id}]}
    assert sent.authorization == "Bearer mytoken"
    assert res["add"][0]["identity_id"] == identity_id


@pytest.mark.parametrize(
    "method, key", [("add_member", "add"), ("invite_member", "invite")]
)
@pytest.mark.parametrize(
    "role, expect",
    [
        (None, "member"),
        ("manager", "manager"),
        (globus_sdk.GroupRole.admin, "admin"),
    ],
)
def test_role_actions(manager, client, last_request, method, key, role, expect):
    fixture = load_response(client.batch_membership_action)
    meta = fixture.metadata
    identity_id = meta["identity_ids"][0]
    kwargs = {} if role is None else {"role": role}
    res = getattr(manager, method)(meta["group_id"], identity_id, **kwargs)
    assert last_request().body == {key: [{"identity_id": identity_id, "role": expect}]}

    sent = last_request()
    assert (sent.method, sent.url) == ("POST", f"{BASE}/groups/{meta['group_id']}")
    assert sent.query == {}
    assert sent.authorization == "Bearer mytoken"
    assert res.data == fixture.json
