from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._endpoint_fixtures import ENDPOINT_ID, result_doc

_PATH = f"/operation/endpoint/{ENDPOINT_ID}/rename"

RESPONSES = ResponseSet(
    metadata={"endpoint_id": ENDPOINT_ID},
    default=RegisteredResponse(
        service="transfer",
        path=_PATH,
        method="POST",
        json=result_doc("FileRenamed", "File or directory renamed successfully", _PATH),
        metadata={"endpoint_id": ENDPOINT_ID},
    ),
)
