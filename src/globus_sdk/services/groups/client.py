"""``GroupsClient``: the Globus Groups API (v2)."""

from __future__ import annotations

import typing as t
import uuid

from globus_sdk import client, response, utils
from globus_sdk._internal.urls import quote_id
from globus_sdk.scopes import GroupsScopes, Scope

from .data import BatchMembershipActions, GroupPolicies
from .errors import GroupsAPIError


class GroupsClient(client.BaseClient):
    """
    Client for the `Globus Groups API <https://docs.globus.org/api/groups/>`_.

    A low-level client: each method sends one request to ``/v2/...`` and returns the
    response. :class:`~globus_sdk.GroupsManager` wraps it with one-call helpers for the
    common membership actions.

    .. code-block:: python

        groups = globus_sdk.GroupsClient(authorizer=authorizer)
        for group in groups.get_my_groups():
            print(group["name"])
    """

    service_name = "groups"
    base_path = "/v2/"
    error_class = GroupsAPIError
    scopes = GroupsScopes

    @property
    def default_scope_requirements(self) -> list[Scope]:
        """``view_my_groups_and_memberships``."""
        return [Scope(GroupsScopes.view_my_groups_and_memberships)]

    def get_my_groups(
        self, *, query_params: dict[str, t.Any] | None = None
    ) -> response.ArrayResponse:
        """
        ``GET /v2/groups/my_groups``: the groups your identities belong to, with
        their memberships. The response is a JSON array.
        """
        return response.ArrayResponse(
            self.get("/groups/my_groups", query_params=query_params)
        )

    def get_group(
        self,
        group_id: uuid.UUID | str,
        *,
        include: None | str | t.Iterable[str] = None,
        query_params: dict[str, t.Any] | None = None,
    ) -> response.GlobusHTTPResponse:
        """
        ``GET /v2/groups/<group_id>``: one group.

        :param include: extra fields to include (``memberships``, ``my_memberships``,
            ``policies``, ``allowed_actions``, ``child_ids``), a string or an iterable
        """
        included = utils.commajoin(include) if include is not None else utils.MISSING
        params: dict[str, t.Any] = {"include": included, **(query_params or {})}
        return self.get(f"/groups/{quote_id(group_id)}", query_params=params)

    def get_group_by_subscription_id(
        self, subscription_id: uuid.UUID | str
    ) -> response.GlobusHTTPResponse:
        """
        ``GET /v2/subscription_info/<subscription_id>``: the group (``group_id``) that
        holds a subscription.
        """
        return self.get(f"/subscription_info/{quote_id(subscription_id)}")

    def delete_group(
        self, group_id: uuid.UUID | str, *, query_params: dict[str, t.Any] | None = None
    ) -> response.GlobusHTTPResponse:
        """``DELETE /v2/groups/<group_id>``: delete a group."""
        return self.delete(f"/groups/{quote_id(group_id)}", query_params=query_params)

    def create_group(
        self, data: dict[str, t.Any], *, query_params: dict[str, t.Any] | None = None
    ) -> response.GlobusHTTPResponse:
        """``POST /v2/groups``: create a group from a group document."""
        return self.post("/groups", data=data, query_params=query_params)

    def update_group(
        self,
        group_id: uuid.UUID | str,
        data: dict[str, t.Any],
        *,
        query_params: dict[str, t.Any] | None = None,
    ) -> response.GlobusHTTPResponse:
        """``PUT /v2/groups/<group_id>``: update a group's name, description..."""
        return self.put(
            f"/groups/{quote_id(group_id)}", data=data, query_params=query_params
        )

    def get_group_policies(
        self, group_id: uuid.UUID | str, *, query_params: dict[str, t.Any] | None = None
    ) -> response.GlobusHTTPResponse:
        """``GET /v2/groups/<group_id>/policies``: a group's policies."""
        return self.get(
            f"/groups/{quote_id(group_id)}/policies", query_params=query_params
        )

    def set_group_policies(
        self,
        group_id: uuid.UUID | str,
        data: dict[str, t.Any] | GroupPolicies,
        *,
        query_params: dict[str, t.Any] | None = None,
    ) -> response.GlobusHTTPResponse:
        """``PUT /v2/groups/<group_id>/policies``: set a group's policies."""
        return self.put(
            f"/groups/{quote_id(group_id)}/policies",
            data=data,
            query_params=query_params,
        )

    def get_identity_preferences(
        self, *, query_params: dict[str, t.Any] | None = None
    ) -> response.GlobusHTTPResponse:
        """
        ``GET /v2/preferences``: your identity set's preferences (whether others may
        add you to groups).
        """
        return self.get("/preferences", query_params=query_params)

    def set_identity_preferences(
        self, data: dict[str, t.Any], *, query_params: dict[str, t.Any] | None = None
    ) -> response.GlobusHTTPResponse:
        """``PUT /v2/preferences``: set your identity set's preferences."""
        return self.put("/preferences", data=data, query_params=query_params)

    def get_membership_fields(
        self, group_id: uuid.UUID | str, *, query_params: dict[str, t.Any] | None = None
    ) -> response.GlobusHTTPResponse:
        """
        ``GET /v2/groups/<group_id>/membership_fields``: your identities' membership
        fields in a group.
        """
        return self.get(
            f"/groups/{quote_id(group_id)}/membership_fields", query_params=query_params
        )

    def set_membership_fields(
        self,
        group_id: uuid.UUID | str,
        data: dict[t.Any, str],
        *,
        query_params: dict[str, t.Any] | None = None,
    ) -> response.GlobusHTTPResponse:
        """
        ``PUT /v2/groups/<group_id>/membership_fields``: set your identities'
        membership fields in a group.
        """
        return self.put(
            f"/groups/{quote_id(group_id)}/membership_fields",
            data=data,
            query_params=query_params,
        )

    def batch_membership_action(
        self,
        group_id: uuid.UUID | str,
        actions: dict[str, t.Any] | BatchMembershipActions,
        *,
        query_params: dict[str, t.Any] | None = None,
    ) -> response.GlobusHTTPResponse:
        """
        ``POST /v2/groups/<group_id>``: run a batch of membership actions (add,
        invite, remove, approve...), e.g. a :class:`~globus_sdk.BatchMembershipActions`.
        """
        return self.post(
            f"/groups/{quote_id(group_id)}", data=actions, query_params=query_params
        )

    def set_subscription_admin_verified_id(
        self,
        group_id: uuid.UUID | str,
        subscription_id: uuid.UUID | str | None,
        *,
        query_params: dict[str, t.Any] | None = None,
    ) -> response.GlobusHTTPResponse:
        """
        ``PUT /v2/groups/<group_id>/subscription_admin_verified``: mark a group as
        verified by the admins of a subscription, or clear the mark with ``None``.
        """
        return self.put(
            f"/groups/{quote_id(group_id)}/subscription_admin_verified",
            data={
                "subscription_admin_verified_id": (
                    str(subscription_id) if subscription_id is not None else None
                )
            },
            query_params=query_params,
        )
