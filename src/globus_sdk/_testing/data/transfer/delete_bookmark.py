from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._endpoint_fixtures import BOOKMARK_ID, result_doc

RESPONSES = ResponseSet(
    metadata={"bookmark_id": BOOKMARK_ID},
    default=RegisteredResponse(
        service="transfer",
        path=f"/bookmark/{BOOKMARK_ID}",
        method="DELETE",
        json=result_doc(
            "Deleted", "Bookmark deleted successfully", f"/bookmark/{BOOKMARK_ID}"
        ),
    ),
)
