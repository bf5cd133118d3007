from __future__ import annotations

import responses

from globus_sdk._testing.models import RegisteredResponse, ResponseList, ResponseSet

from ._endpoint_fixtures import ENDPOINT_ID, GUEST_COLLECTION_ID

SHARED_ENDPOINT_IDS = [
    GUEST_COLLECTION_ID,
    "3a9e7c1d-5b2f-4e8a-9c6d-1f0e2d3c4b5a",
    "7e6d5c4b-3a2f-4e1d-8c9b-0a1f2e3d4c5b",
]
NEXT_TOKEN = "eyJsYXN0X2lkIjogIjNhOWU3YzFkIn0="


def _share(share_id: str, n: int) -> dict[str, object]:
    return {
        "id": share_id,
        "display_name": f"Shared project data {n}",
        "owner_id": "c8aad43e-d274-11e5-bf98-8b02896cf782",
        "host_path": f"/project/shared-{n}/",
    }


def _page(ids: list[str], first: int, next_token: str | None) -> dict[str, object]:
    return {
        "shared_endpoints": [_share(s, first + i) for i, s in enumerate(ids)],
        "next_token": next_token,
    }


_PATH = f"/endpoint/{ENDPOINT_ID}/shared_endpoint_list"

RESPONSES = ResponseSet(
    metadata={"endpoint_id": ENDPOINT_ID, "shared_endpoint_ids": SHARED_ENDPOINT_IDS},
    default=RegisteredResponse(
        service="transfer",
        path=_PATH,
        json=_page(SHARED_ENDPOINT_IDS, 1, None),
    ),
    # `client.paginated.get_shared_endpoint_list(endpoint_id)`: two pages
    paginated=ResponseList(
        RegisteredResponse(
            service="transfer",
            path=_PATH,
            json=_page(SHARED_ENDPOINT_IDS[:2], 1, NEXT_TOKEN),
            match=[responses.matchers.query_param_matcher({})],
        ),
        RegisteredResponse(
            service="transfer",
            path=_PATH,
            json=_page(SHARED_ENDPOINT_IDS[2:], 3, None),
            match=[responses.matchers.query_param_matcher({"next_token": NEXT_TOKEN})],
        ),
        metadata={
            "endpoint_id": ENDPOINT_ID,
            "shared_endpoint_ids": SHARED_ENDPOINT_IDS,
            "next_token": NEXT_TOKEN,
        },
    ),
)
