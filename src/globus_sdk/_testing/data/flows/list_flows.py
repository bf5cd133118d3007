"""
``list_flows`` responses. The ``paginated`` case serves ``num_pages`` pages (matched on
the request's ``marker``); ``expect_markers`` is the ``marker`` each page request
carries, in order (``None`` for the first page).
"""

from globus_sdk._testing.models import RegisteredResponse, ResponseList, ResponseSet

from ._common import FLOW_ID, OWNER_ID, SECOND_FLOW_ID, flow_doc, marker_matcher

_FLOWS = [
    flow_doc(FLOW_ID),
    flow_doc(
        SECOND_FLOW_ID,
        "Nightly archive",
        user_role="flow_starter",
        flow_starters=["all_authenticated_users"],
    ),
]

# 3 pages of flows: 5, 5 and 2 of them
_PAGE_FLOW_IDS = [
    [f"6d2c8e4a-0b1f-4a93-8c7e-{page:04d}{i:08d}" for i in range(size)]
    for page, size in enumerate((5, 5, 2))
]
_MARKERS = [None, "eyJwYWdlIjogMX0=", "eyJwYWdlIjogMn0="]


def _page(index: int) -> RegisteredResponse:
    last = index == len(_PAGE_FLOW_IDS) - 1
    return RegisteredResponse(
        service="flows",
        path="/flows",
        json={
            "flows": [
                flow_doc(flow_id, f"Flow {index}.{n}")
                for n, flow_id in enumerate(_PAGE_FLOW_IDS[index])
            ],
            "limit": 5,
            "has_next_page": not last,
            "marker": None if last else _MARKERS[index + 1],
        },
        match=[marker_matcher(_MARKERS[index])],
    )


RESPONSES = ResponseSet(
    metadata={"first_flow_id": FLOW_ID},
    default=RegisteredResponse(
        service="flows",
        path="/flows",
        json={"flows": _FLOWS, "limit": 20, "has_next_page": False, "marker": None},
    ),
    paginated=ResponseList(
        *(_page(i) for i in range(len(_PAGE_FLOW_IDS))),
        metadata={
            "owner_id": OWNER_ID,
            "num_pages": len(_PAGE_FLOW_IDS),
            "total_items": sum(len(ids) for ids in _PAGE_FLOW_IDS),
            "expect_markers": _MARKERS,
        },
    ),
)
