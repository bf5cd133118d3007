"""Project documents shared by the project fixtures."""

from __future__ import annotations

import typing as t

from ._common import GROUP_ID, PROJECT_ID, USER_ID, USERNAME

ADMIN_ID = USER_ID
ADMIN_GROUP_ID = GROUP_ID
GROUP_PROJECT_ID = "2b3c4d5e-6f70-4819-9a2b-3c4d5e6f7081"


def project(
    project_id: str = PROJECT_ID,
    *,
    display_name: str = "Example Research Portal",
    admin_ids: list[str] | None = None,
    admin_group_ids: list[str] | None = None,
) -> dict[str, t.Any]:
    admin_ids = [ADMIN_ID] if admin_ids is None else admin_ids
    return {
        "id": project_id,
        "display_name": display_name,
        "contact_email": "support@portal.example.edu",
        "admin_ids": admin_ids,
        "admin_group_ids": admin_group_ids,
        "admins": {
            "identities": [
                {
                    "id": i,
                    "username": USERNAME,
                    "name": "Sam Jones",
                    "email": "sam.jones@example.edu",
                    "identity_provider": "41143743-f3c8-4d60-bbdb-eeecaba85bd9",
                    "organization": "Example University",
                    "status": "used",
                }
                for i in admin_ids
            ],
            "groups": [{"id": g} for g in admin_group_ids or []],
        },
        "project_name": display_name,
    }
