"""Payload helpers and enums for the Groups API."""

from __future__ import annotations

import enum
import typing as t
import uuid

from globus_sdk import utils


class GroupRole(enum.Enum):
    """The role of a member in a group."""

    member = "member"
    manager = "manager"
    admin = "admin"


class GroupMemberVisibility(enum.Enum):
    """Who may see the members of a group."""

    members = "members"
    managers = "managers"


class GroupVisibility(enum.Enum):
    """Who may see a group."""

    authenticated = "authenticated"
    private = "private"


class GroupRequiredSignupFields(enum.Enum):
    """The fields a user must fill in to join a group."""

    institution = "institution"
    current_project_name = "current_project_name"
    address = "address"
    city = "city"
    state = "state"
    country = "country"
    address1 = "address1"
    address2 = "address2"
    zip = "zip"
    phone = "phone"
    department = "department"
    field_of_science = "field_of_science"


# each enum, or the string spelling of one of its values
_GROUP_ROLE_T = t.Union[GroupRole, t.Literal["member", "manager", "admin"]]
_GROUP_MEMBER_VISIBILITY_T = t.Union[
    GroupMemberVisibility, t.Literal["members", "managers"]
]
_GROUP_VISIBILITY_T = t.Union[GroupVisibility, t.Literal["authenticated", "private"]]
_GROUP_REQUIRED_SIGNUP_FIELDS_T = t.Union[
    GroupRequiredSignupFields,
    t.Literal[
        "institution",
        "current_project_name",
        "address",
        "city",
        "state",
        "country",
        "address1",
        "address2",
        "zip",
        "phone",
        "department",
        "field_of_science",
    ],
]


def _typename(obj: t.Any) -> str:
    """The wire spelling of an enum member (its value) or of a plain string."""
    if isinstance(obj, enum.Enum):
        return str(obj.value)
    return str(obj)


class BatchMembershipActions(utils.PayloadWrapper):
    """
    A batch of membership actions on one group, sent with
    :meth:`GroupsClient.batch_membership_action
    <globus_sdk.GroupsClient.batch_membership_action>`.

    Each method adds one ``{"identity_id": ...}`` document per identity under the action's
    key (``add``, ``invite``, ``remove``...) and returns the batch, so calls chain:

    .. code-block:: python

        actions = BatchMembershipActions().add_members([id1, id2]).remove_members([id3])
    """

    def _add(
        self, key: str, identity_ids: t.Iterable[uuid.UUID | str], **extra: t.Any
    ) -> BatchMembershipActions:
        docs = self.setdefault(key, [])
        docs.extend(
            {"identity_id": identity_id, **extra}
            for identity_id in utils.safe_strseq_iter(identity_ids)
        )
        return self

    def accept_invites(
        self, identity_ids: t.Iterable[uuid.UUID | str]
    ) -> BatchMembershipActions:
        """Accept invites for identities of the authenticated user's identity set."""
        return self._add("accept", identity_ids)

    def add_members(
        self,
        identity_ids: t.Iterable[uuid.UUID | str],
        *,
        role: _GROUP_ROLE_T = "member",
    ) -> BatchMembershipActions:
        """Add identities to the group with the given role."""
        return self._add("add", identity_ids, role=_typename(role))

    def approve_pending(
        self, identity_ids: t.Iterable[uuid.UUID | str]
    ) -> BatchMembershipActions:
        """Approve the pending join requests of identities."""
        return self._add("approve", identity_ids)

    def decline_invites(
        self, identity_ids: t.Iterable[uuid.UUID | str]
    ) -> BatchMembershipActions:
        """Decline invitations for identities."""
        return self._add("decline", identity_ids)

    def invite_members(
        self,
        identity_ids: t.Iterable[uuid.UUID | str],
        *,
        role: _GROUP_ROLE_T = "member",
    ) -> BatchMembershipActions:
        """Invite identities to the group with the given role."""
        return self._add("invite", identity_ids, role=_typename(role))

    def join(self, identity_ids: t.Iterable[uuid.UUID | str]) -> BatchMembershipActions:
        """Join the group with identities of the authenticated user's identity set."""
        return self._add("join", identity_ids)

    def leave(
        self, identity_ids: t.Iterable[uuid.UUID | str]
    ) -> BatchMembershipActions:
        """Leave the group with identities of the authenticated user's identity set."""
        return self._add("leave", identity_ids)

    def reject_join_requests(
        self, identity_ids: t.Iterable[uuid.UUID | str]
    ) -> BatchMembershipActions:
        """Reject the join requests of identities."""
        return self._add("reject", identity_ids)

    def remove_members(
        self, identity_ids: t.Iterable[uuid.UUID | str]
    ) -> BatchMembershipActions:
        """Remove members from the group (as an admin or manager of the group)."""
        return self._add("remove", identity_ids)

    def request_join(
        self, identity_ids: t.Iterable[uuid.UUID | str]
    ) -> BatchMembershipActions:
        """Request to join the group."""
        return self._add("request_join", identity_ids)


class GroupPolicies(utils.PayloadWrapper):
    """
    The policies of a group, sent with :meth:`GroupsClient.set_group_policies
    <globus_sdk.GroupsClient.set_group_policies>`. Enum members and their string values
    are both accepted.

    :param is_high_assurance: whether the group requires high-assurance authentication
    :param group_visibility: who may see the group
    :param group_members_visibility: who may see the group's members
    :param join_requests: whether users may request to join
    :param signup_fields: the fields a user must fill in to join
    :param authentication_assurance_timeout: the high-assurance session timeout, in
        seconds (``None`` sends null; omitted by default)
    """

    def __init__(
        self,
        *,
        is_high_assurance: bool,
        group_visibility: _GROUP_VISIBILITY_T,
        group_members_visibility: _GROUP_MEMBER_VISIBILITY_T,
        join_requests: bool,
        signup_fields: t.Iterable[_GROUP_REQUIRED_SIGNUP_FIELDS_T],
        authentication_assurance_timeout: (
            int | None | utils.MissingType
        ) = utils.MISSING,
    ) -> None:
        super().__init__()
        self["is_high_assurance"] = is_high_assurance
        self["group_visibility"] = _typename(group_visibility)
        self["group_members_visibility"] = _typename(group_members_visibility)
        self["join_requests"] = join_requests
        self["signup_fields"] = [_typename(f) for f in signup_fields]
        self["authentication_assurance_timeout"] = authentication_assurance_timeout
