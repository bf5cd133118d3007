from __future__ import annotations

import typing as t

from ._common import CLIENT_ID, CREDENTIAL_ID


def credential(
    name: str = "portal-production", *, secret: bool = False
) -> dict[str, t.Any]:
    """A client credential record (with a secret only as created)."""
    doc: dict[str, t.Any] = {
        "id": CREDENTIAL_ID,
        "client": CLIENT_ID,
        "name": name,
        "created": "2024-05-02T15:02:11.871245+00:00",
    }
    if secret:
        doc["secret"] = "fixture-secret-not-a-real-one="
    return doc
