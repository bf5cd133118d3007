from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._endpoint_fixtures import BOOKMARK_ID, bookmark_doc

RESPONSES = ResponseSet(
    metadata={"bookmark_id": BOOKMARK_ID, "name": "Project data (2024)"},
    default=RegisteredResponse(
        service="transfer",
        path=f"/bookmark/{BOOKMARK_ID}",
        method="PUT",
        json=bookmark_doc(name="Project data (2024)"),
    ),
)
