from __future__ import annotations

import typing as t

from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._endpoint_fixtures import ENDPOINT_ID


def _entry(
    name: str, type_: str, size: int, last_modified: str, permissions: str = "0644"
) -> dict[str, t.Any]:
    return {
        "DATA_TYPE": "file",
        "name": name,
        "type": type_,
        "size": size,
        "last_modified": last_modified,
        "permissions": permissions,
        "user": "researcher",
        "group": "rcgroup",
        "link_target": None,
        "link_group": None,
        "link_last_modified": None,
        "link_size": None,
        "link_user": None,
    }


ENTRIES = [
    _entry("results", "dir", 4096, "2024-02-11 09:15:42+00:00", "0755"),
    _entry("analysis.py", "file", 2381, "2024-02-12 17:03:10+00:00"),
    _entry("data.csv", "file", 1048576, "2024-02-13 08:45:00+00:00"),
]

RESPONSES = ResponseSet(
    metadata={
        "endpoint_id": ENDPOINT_ID,
        "path": "/~/project/",
        "names": [e["name"] for e in ENTRIES],
    },
    default=RegisteredResponse(
        service="transfer",
        path=f"/operation/endpoint/{ENDPOINT_ID}/ls",
        json={
            "DATA_TYPE": "file_list",
            "endpoint": ENDPOINT_ID,
            "path": "/~/project/",
            "absolute_path": "/home/researcher/project/",
            "rename_supported": True,
            "symlink_supported": False,
            "length": len(ENTRIES),
            "total": len(ENTRIES),
            "DATA": ENTRIES,
        },
    ),
)
