"""
``list_runs`` responses.

- ``default``: one page of two runs (``first_run_id``).
- ``filter_flow_id``: the runs of each flow of ``by_flow_id`` (``{flow_id: [run_id,
  ...]}``), matched on the request's ``filter_flow_id``.
- ``paginated``: ``num_pages`` pages matched on the request's ``marker``;
  ``expect_markers`` is the ``marker`` of each page request (``None`` first).
"""

from responses import matchers

from globus_sdk._testing.models import RegisteredResponse, ResponseList, ResponseSet

from ._common import (
    FLOW_ID,
    OWNER_ID,
    RUN_ID,
    SECOND_FLOW_ID,
    SECOND_RUN_ID,
    marker_matcher,
    run_doc,
)

_BY_FLOW_ID = {
    FLOW_ID: [RUN_ID, SECOND_RUN_ID],
    SECOND_FLOW_ID: ["c2e8a4f6-9b1d-4c37-a5e0-7f3b9d1c6e42"],
}

_PAGE_RUN_IDS = [
    [f"0e7b3d9f-4c2a-4b61-9d8e-{page:04d}{i:08d}" for i in range(size)]
    for page, size in enumerate((3, 3, 1))
]
_MARKERS = [None, "eyJydW5zIjogM30=", "eyJydW5zIjogNn0="]


def _page(index: int) -> RegisteredResponse:
    last = index == len(_PAGE_RUN_IDS) - 1
    return RegisteredResponse(
        service="flows",
        path="/runs",
        json={
            "runs": [run_doc(run_id) for run_id in _PAGE_RUN_IDS[index]],
            "limit": 3,
            "has_next_page": not last,
            "marker": None if last else _MARKERS[index + 1],
        },
        match=[marker_matcher(_MARKERS[index])],
    )


RESPONSES = ResponseSet(
    default=RegisteredResponse(
        service="flows",
        path="/runs",
        json={
            "runs": [
                run_doc(RUN_ID),
                run_doc(SECOND_RUN_ID, status="ACTIVE", label="Copy the Q2 report"),
            ],
            "limit": 20,
            "has_next_page": False,
            "marker": None,
        },
        metadata={"first_run_id": RUN_ID},
    ),
    filter_flow_id=ResponseList(
        *(
            RegisteredResponse(
                service="flows",
                path="/runs",
                json={
                    "runs": [run_doc(run_id, flow_id) for run_id in run_ids],
                    "limit": 20,
                    "has_next_page": False,
                    "marker": None,
                },
                match=[
                    matchers.query_param_matcher(
                        {"filter_flow_id": flow_id}, strict_match=False
                    )
                ],
            )
            for flow_id, run_ids in _BY_FLOW_ID.items()
        ),
        metadata={"by_flow_id": _BY_FLOW_ID},
    ),
    paginated=ResponseList(
        *(_page(i) for i in range(len(_PAGE_RUN_IDS))),
        metadata={
            "owner_id": OWNER_ID,
            "num_pages": len(_PAGE_RUN_IDS),
            "total_items": sum(len(ids) for ids in _PAGE_RUN_IDS),
            "expect_markers": _MARKERS,
        },
    ),
)
