"""Groups payload helpers and enums."""

from __future__ import annotations

import uuid

import pytest

import globus_sdk
from globus_sdk import utils
from globus_sdk.scopes import GroupsScopes
from globus_sdk.services.groups import (
    BatchMembershipActions,
    GroupMemberVisibility,
    GroupPolicies,
    GroupRequiredSignupFields,
    GroupRole,
    GroupVisibility,
)

ID1 = "299e8035-6a3e-4350-9219-2592db4ea909"
ID2 = "e844ddfd-befb-4a37-ae01-14128dd933fd"


def test_enum_values():
    assert [r.value for r in GroupRole] == ["member", "manager", "admin"]
    assert {v.value for v in GroupVisibility} == {"authenticated", "private"}
    assert {v.value for v in GroupMemberVisibility} == {"members", "managers"}
    assert GroupRequiredSignupFields.field_of_science.value == "field_of_science"
    assert len(GroupRequiredSignupFields) == 12


def test_batch_actions_every_method():
    actions = (
        BatchMembershipActions()
        .accept_invites([ID1])
        .add_members([ID1, uuid.UUID(ID2)], role=GroupRole.admin)
        .add_members([ID2], role="manager")
        .approve_pending([ID1])
        .decline_invites([ID1])
        .invite_members([ID2])
        .join([ID1])
        .leave([ID1])
        .reject_join_requests([ID1])
        .remove_members([ID2])
        .request_join([ID1])
    )
    assert isinstance(actions, utils.PayloadWrapper)
    assert dict(actions) == {
        "accept": [{"identity_id": ID1}],
        "add": [
            {"identity_id": ID1, "role": "admin"},
            {"identity_id": ID2, "role": "admin"},
            {"identity_id": ID2, "role": "manager"},
        ],
        "approve": [{"identity_id": ID1}],
        "decline": [{"identity_id": ID1}],
        "invite": [{"identity_id": ID2, "role": "member"}],
        "join": [{"identity_id": ID1}],
        "leave": [{"identity_id": ID1}],
        "reject": [{"identity_id": ID1}],
        "remove": [{"identity_id": ID2}],
        "request_join": [{"identity_id": ID1}],
    }


def test_batch_actions_single_string_and_iterator():
    actions = (
        BatchMembershipActions()
        .add_members(iter([ID1, ID2]))
        .invite_members(ID1, role=GroupRole.manager)
    )
    assert actions["add"] == [
        {"identity_id": ID1, "role": "member"},
        {"identity_id": ID2, "role": "member"},
    ]
    assert actions["invite"] == [{"identity_id": ID1, "role": "manager"}]


def test_batch_actions_are_independent():
    a = BatchMembershipActions().join([ID1])
    b = BatchMembershipActions()
    assert "join" not in b
    assert a["join"] == [{"identity_id": ID1}]


def test_group_policies_enums_and_strings():
    with_enums = GroupPolicies(
        is_high_assurance=True,
        group_visibility=GroupVisibility.private,
        group_members_visibility=GroupMemberVisibility.managers,
        join_requests=False,
        signup_fields=[GroupRequiredSignupFields.address, "field_of_science"],
        authentication_assurance_timeout=28800,
    )
    assert dict(with_enums) == {
        "is_high_assurance": True,
        "group_visibility": "private",
        "group_members_visibility": "managers",
        "join_requests": False,
        "signup_fields": ["address", "field_of_science"],
        "authentication_assurance_timeout": 28800,
    }


@pytest.mark.parametrize(
    "timeout, expect",
    [(utils.MISSING, "omitted"), (None, None), (60, 60)],
)
def test_group_policies_timeout(timeout, expect):
    kwargs = (
        {}
        if timeout is utils.MISSING
        else {"authentication_assurance_timeout": timeout}
    )
    policies = GroupPolicies(
        is_high_assurance=False,
        group_visibility="authenticated",
        group_members_visibility="members",
        join_requests=True,
        signup_fields=(f for f in ["institution"]),
        **kwargs,
    )
    assert policies["signup_fields"] == ["institution"]
    sent = utils.strip_missing(policies.data)
    if expect == "omitted":
        assert "authentication_assurance_timeout" not in sent
    else:
        assert sent["authentication_assurance_timeout"] == expect


def test_client_class_attributes():
    assert globus_sdk.GroupsClient.service_name == "groups"
    assert globus_sdk.GroupsClient.base_path == "/v2/"
    assert globus_sdk.GroupsClient.error_class is globus_sdk.GroupsAPIError
    assert globus_sdk.GroupsClient.scopes is GroupsScopes
    client = globus_sdk.GroupsClient()
    assert client.base_url == "https://groups.api.globus.org/v2/"
    assert client.resource_server == "groups.api.globus.org"
    assert [str(s) for s in client.default_scope_requirements] == [
        "urn:globus:auth:scope:groups.api.globus.org:view_my_groups_and_memberships"
    ]


def test_client_environment_urls():
    assert (
        globus_sdk.GroupsClient(environment="sandbox").base_url
        == "https://groups.api.sandbox.globuscs.info/v2/"
    )
