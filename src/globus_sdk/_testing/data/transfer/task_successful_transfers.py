"""``GET /task/<id>/successful_transfers``: ``default`` is the last page
(``next_marker`` null); ``paginated`` is two pages chained by ``next_marker``."""

from __future__ import annotations

import typing as t

from globus_sdk._testing.models import RegisteredResponse, ResponseList, ResponseSet

from ._task_fixtures import TASK_ID, successful_transfer

MARKER = "MjAyNi0xMS0yOFQyMjowMzowMA=="
_ITEMS = [
    successful_transfer("/projects/run-17/a.h5", "/archive/run-17/a.h5"),
    successful_transfer("/projects/run-17/b.h5", "/archive/run-17/b.h5"),
    successful_transfer("/projects/run-17/meta.json", "/archive/run-17/meta.json"),
]


def _page(items: list[dict[str, t.Any]], next_marker: str | None) -> dict[str, t.Any]:
    return {
        "DATA_TYPE": "successful_transfers",
        "DATA": items,
        "marker": None,
        "next_marker": next_marker,
    }


RESPONSES = ResponseSet(
    metadata={"task_id": TASK_ID},
    default=RegisteredResponse(
        service="transfer",
        path=f"/task/{TASK_ID}/successful_transfers",
        json=_page(_ITEMS, None),
    ),
    paginated=ResponseList(
        RegisteredResponse(
            service="transfer",
            path=f"/task/{TASK_ID}/successful_transfers",
            json=_page(_ITEMS[:2], MARKER),
        ),
        RegisteredResponse(
            service="transfer",
            path=f"/task/{TASK_ID}/successful_transfers",
            json={**_page(_ITEMS[2:], None), "marker": MARKER},
        ),
    ),
)
