from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._endpoint_fixtures import BOOKMARK_ID, bookmark_doc

SECOND_BOOKMARK_ID = "9d3f1b2a-4c5e-4f6a-8b7c-0d1e2f3a4b5c"

RESPONSES = ResponseSet(
    metadata={"bookmark_ids": [BOOKMARK_ID, SECOND_BOOKMARK_ID]},
    default=RegisteredResponse(
        service="transfer",
        path="/bookmark_list",
        json={
            "DATA_TYPE": "bookmark_list",
            "DATA": [
                bookmark_doc(),
                bookmark_doc(SECOND_BOOKMARK_ID, "Scratch", "/~/scratch/"),
            ],
        },
    ),
)
