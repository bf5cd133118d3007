"""``GroupsManager``: one-call helpers over a :class:`GroupsClient`."""

from __future__ import annotations

import typing as t
import uuid

from globus_sdk import response

from .client import GroupsClient
from .data import (
    _GROUP_MEMBER_VISIBILITY_T,
    _GROUP_REQUIRED_SIGNUP_FIELDS_T,
    _GROUP_ROLE_T,
    _GROUP_VISIBILITY_T,
    BatchMembershipActions,
    GroupPolicies,
)


class GroupsManager:
    """
    Common group and membership actions, each in one method call, on top of a
    :class:`~globus_sdk.GroupsClient` (a new, unauthenticated one by default).

    .. code-block:: python

        manager = globus_sdk.GroupsManager(groups_client)
        group = manager.create_group("My Group", "a group for my project")
        manager.add_member(group["id"], identity_id, role="manager")
    """

    def __init__(self, client: GroupsClient | None = None) -> None:
        self.client = client if client is not None else GroupsClient()

    def _act(
        self, group_id: uuid.UUID | str, actions: BatchMembershipActions
    ) -> response.GlobusHTTPResponse:
        return self.client.batch_membership_action(group_id, actions)

    def create_group(
        self, name: str, description: str, *, parent_id: uuid.UUID | str | None = None
    ) -> response.GlobusHTTPResponse:
        """
        Create a group (a subgroup of ``parent_id`` if one is given; ``parent_id`` is
        sent as null otherwise).
        """
        return self.client.create_group(
            {
                "name": name,
                "description": description,
                "parent_id": str(parent_id) if parent_id is not None else None,
            }
        )

    def set_group_policies(
        self,
        group_id: uuid.UUID | str,
        *,
        is_high_assurance: bool,
        group_visibility: _GROUP_VISIBILITY_T,
        group_members_visibility: _GROUP_MEMBER_VISIBILITY_T,
        join_requests: bool,
        signup_fields: t.Iterable[_GROUP_REQUIRED_SIGNUP_FIELDS_T],
        authentication_assurance_timeout: int | None = None,
    ) -> response.GlobusHTTPResponse:
        """Set a group's policies (see :class:`~globus_sdk.GroupPolicies`)."""
        data = GroupPolicies(
            is_high_assurance=is_high_assurance,
            group_visibility=group_visibility,
            group_members_visibility=group_members_visibility,
            join_requests=join_requests,
            signup_fields=signup_fields,
            authentication_assurance_timeout=authentication_assurance_timeout,
        )
        return self.client.set_group_policies(group_id, data)

    def accept_invite(
        self, group_id: uuid.UUID | str, identity_id: uuid.UUID | str
    ) -> response.GlobusHTTPResponse:
        """Accept an invitation for an identity of the authenticated user."""
        return self._act(
            group_id, BatchMembershipActions().accept_invites([identity_id])
        )

    def add_member(
        self,
        group_id: uuid.UUID | str,
        identity_id: uuid.UUID | str,
        *,
        role: _GROUP_ROLE_T = "member",
    ) -> response.GlobusHTTPResponse:
        """Add an identity to a group with the given role."""
        return self._act(
            group_id, BatchMembershipActions().add_members([identity_id], role=role)
        )

    def approve_pending(
        self, group_id: uuid.UUID | str, identity_id: uuid.UUID | str
    ) -> response.GlobusHTTPResponse:
        """Approve an identity's pending join request."""
        return self._act(
            group_id, BatchMembershipActions().approve_pending([identity_id])
        )

    def decline_invite(
        self, group_id: uuid.UUID | str, identity_id: uuid.UUID | str
    ) -> response.GlobusHTTPResponse:
        """Decline an invitation for an identity."""
        return self._act(
            group_id, BatchMembershipActions().decline_invites([identity_id])
        )

    def invite_member(
        self,
        group_id: uuid.UUID | str,
        identity_id: uuid.UUID | str,
        *,
        role: _GROUP_ROLE_T = "member",
    ) -> response.GlobusHTTPResponse:
        """Invite an identity to a group with the given role."""
        return self._act(
            group_id, BatchMembershipActions().invite_members([identity_id], role=role)
        )

    def join(
        self, group_id: uuid.UUID | str, identity_id: uuid.UUID | str
    ) -> response.GlobusHTTPResponse:
        """Join a group with an identity of the authenticated user."""
        return self._act(group_id, BatchMembershipActions().join([identity_id]))

    def leave(
        self, group_id: uuid.UUID | str, identity_id: uuid.UUID | str
    ) -> response.GlobusHTTPResponse:
        """Leave a group with an identity of the authenticated user."""
        return self._act(group_id, BatchMembershipActions().leave([identity_id]))

    def reject_join_request(
        self, group_id: uuid.UUID | str, identity_id: uuid.UUID | str
    ) -> response.GlobusHTTPResponse:
        """Reject an identity's request to join a group."""
        return self._act(
            group_id, BatchMembershipActions().reject_join_requests([identity_id])
        )

    def remove_member(
        self, group_id: uuid.UUID | str, identity_id: uuid.UUID | str
    ) -> response.GlobusHTTPResponse:
        """Remove a member from a group (as an admin or manager of the group)."""
        return self._act(
            group_id, BatchMembershipActions().remove_members([identity_id])
        )

    def request_join(
        self, group_id: uuid.UUID | str, identity_id: uuid.UUID | str
    ) -> response.GlobusHTTPResponse:
        """Request to join a group."""
        return self._act(group_id, BatchMembershipActions().request_join([identity_id]))
