"""``GET /endpoint_manager/task_list``: ``default`` is one page of one task (its ids in
the case metadata); ``paginated`` is two pages chained by ``last_key``."""

from __future__ import annotations

import typing as t

from globus_sdk._testing.models import RegisteredResponse, ResponseList, ResponseSet

from ._task_fixtures import (
    DESTINATION_ENDPOINT_ID,
    OWNER_ID,
    SOURCE_ENDPOINT_ID,
    TASK_ID,
    TASK_ID_2,
    TASK_ID_3,
    task_doc,
)

LAST_KEY = "task_id:5c0a8e7e-0c19-11ef-8a3b-0242ac110002"


def _page(tasks: list[dict[str, t.Any]], *, has_next: bool) -> dict[str, t.Any]:
    return {
        "DATA_TYPE": "task_list",
        "DATA": tasks,
        "has_next_page": has_next,
        "last_key": LAST_KEY if has_next else None,
    }


RESPONSES = ResponseSet(
    default=RegisteredResponse(
        service="transfer",
        path="/endpoint_manager/task_list",
        json=_page([task_doc(TASK_ID, status="ACTIVE")], has_next=False),
        metadata={
            "task_id": TASK_ID,
            "owner_id": OWNER_ID,
            "source": SOURCE_ENDPOINT_ID,
            "destination": DESTINATION_ENDPOINT_ID,
        },
    ),
    paginated=ResponseList(
        RegisteredResponse(
            service="transfer",
            path="/endpoint_manager/task_list",
            json=_page(
                [task_doc(TASK_ID, status="ACTIVE"), task_doc(TASK_ID_2, status="ACTIVE")],
                has_next=True,
            ),
        ),
        RegisteredResponse(
            service="transfer",
            path="/endpoint_manager/task_list",
            json=_page([task_doc(TASK_ID_3, status="INACTIVE")], has_next=False),
        ),
        metadata={"task_ids": [TASK_ID, TASK_ID_2, TASK_ID_3], "last_key": LAST_KEY},
    ),
)
