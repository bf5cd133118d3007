from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._endpoint_fixtures import BOOKMARK_ID, ENDPOINT_ID, bookmark_doc

RESPONSES = ResponseSet(
    metadata={
        "bookmark_id": BOOKMARK_ID,
        "endpoint_id": ENDPOINT_ID,
        "name": "Project data",
        "path": "/~/project/",
    },
    default=RegisteredResponse(
        service="transfer",
        path="/bookmark",
        method="POST",
        json=bookmark_doc(),
    ),
)
