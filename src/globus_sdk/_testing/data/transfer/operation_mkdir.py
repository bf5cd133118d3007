from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._endpoint_fixtures import ENDPOINT_ID, result_doc

_PATH = f"/operation/endpoint/{ENDPOINT_ID}/mkdir"

RESPONSES = ResponseSet(
    metadata={"endpoint_id": ENDPOINT_ID},
    default=RegisteredResponse(
        service="transfer",
        path=_PATH,
        method="POST",
        json=result_doc(
            "DirectoryCreated",
            "The directory was created successfully",
            _PATH,
            data_type="mkdir_result",
        ),
        metadata={"endpoint_id": ENDPOINT_ID},
    ),
)
