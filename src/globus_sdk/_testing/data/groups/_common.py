"""Ids and documents shared by the Groups fixtures (all invented)."""

from __future__ import annotations

import typing as t

GROUP_ID = "7710631f-39f7-44a1-b3f3-23c8c45341ae"
SUBGROUP_ID = "8c3d1f27-33a1-4a7c-9b21-2f3f6a1e0b47"
SUBSCRIPTION_ID = "0f4d7cb2-8e61-4f0e-a7f3-5f1e9c3b2a10"
SUBSCRIPTION_GROUP_ID = "5e0c9f9a-2b77-4d1e-8c55-7b0a8e9f3c21"
IDENTITY_ID = "299e8035-6a3e-4350-9219-2592db4ea909"
IDENTITY_ID_2 = "e844ddfd-befb-4a37-ae01-14128dd933fd"
USERNAME = "kai.morgan@example.org"
USERNAME_2 = "ada@university.example.edu"

POLICIES: dict[str, t.Any] = {
    "is_high_assurance": False,
    "authentication_assurance_timeout": 28800,
    "group_visibility": "private",
    "group_members_visibility": "managers",
    "join_requests": False,
    "signup_fields": ["address1", "institution"],
}


def membership(
    group_id: str,
    identity_id: str,
    username: str,
    *,
    role: str = "member",
    status: str = "active",
) -> dict[str, t.Any]:
    """A membership document as the Groups API returns it."""
    return {
        "group_id": group_id,
        "identity_id": identity_id,
        "username": username,
        "role": role,
        "status": status,
        "invite_time": None,
        "membership_fields": {"institution": "University of Chicago"},
        "status_reason": None,
        "updated": "2024-03-12T16:21:09.582943+00:00",
    }


def group(
    group_id: str = GROUP_ID,
    name: str = "Research Computing Users",
    *,
    description: str = "Everyone who uses the research computing cluster",
    parent_id: str | None = None,
    subscription_id: str | None = None,
    my_role: str = "admin",
) -> dict[str, t.Any]:
    """A group document, with the caller's membership."""
    return {
        "id": group_id,
        "name": name,
        "description": description,
        "parent_id": parent_id,
        "group_type": "regular",
        "enforce_session": False,
        "session_limit": 28800,
        "session_timeouts": {},
        "subscription_id": subscription_id,
        "subscription_admin_verified_id": None,
        "policies": dict(POLICIES),
        "my_memberships": [membership(group_id, IDENTITY_ID, USERNAME, role=my_role)],
    }
