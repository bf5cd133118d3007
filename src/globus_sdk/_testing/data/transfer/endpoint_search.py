import typing as t

import responses

from globus_sdk._testing.models import RegisteredResponse, ResponseList, ResponseSet

from ._endpoint_fixtures import ENDPOINT_ID, GUEST_COLLECTION_ID, endpoint_doc

TUTORIAL_IDS = [
    "6c54cade-bde5-45c1-bdea-f4bd71dba2cc",
    "31ce9ba0-176d-45a5-add3-f37d233ba47d",
    "f0d4a9e7-3b1c-4e8a-9d2f-5c6b7a8e9f01",
]


def _tutorial_page(
    ids: list[str], *, offset: int, has_next_page: bool
) -> RegisteredResponse:
    params = {"filter_fulltext": "tutorial", "limit": "100"}
    if offset:
        params["offset"] = str(offset)
    body: dict[str, t.Any] = {
        "DATA_TYPE": "endpoint_list",
        "DATA": [
            endpoint_doc(ep_id, f"Globus Tutorial Collection {offset + i + 1}")
            for i, ep_id in enumerate(ids)
        ],
        "has_next_page": has_next_page,
        "limit": 100,
        "offset": offset,
    }
    return RegisteredResponse(
        service="transfer",
        path="/endpoint_search",
        json=body,
        match=[responses.matchers.query_param_matcher(params)],
    )


RESPONSES = ResponseSet(
    metadata={"endpoint_ids": [ENDPOINT_ID, GUEST_COLLECTION_ID]},
    default=RegisteredResponse(
        service="transfer",
        path="/endpoint_search",
        json={
            "DATA_TYPE": "endpoint_list",
            "DATA": [
                endpoint_doc(),
                endpoint_doc(
                    GUEST_COLLECTION_ID,
                    "Shared project data",
                    entity_type="GCSv5_guest_collection",
                    acl_available=True,
                ),
            ],
            "has_next_page": False,
            "limit": 100,
            "offset": 0,
        },
    ),
    # `client.paginated.endpoint_search("tutorial")`: two pages
    paginated=ResponseList(
        _tutorial_page(TUTORIAL_IDS[:2], offset=0, has_next_page=True),
        _tutorial_page(TUTORIAL_IDS[2:], offset=2, has_next_page=False),
        metadata={"endpoint_ids": TUTORIAL_IDS, "filter_fulltext": "tutorial"},
    ),
)
