from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._endpoint_fixtures import ENDPOINT_ID, result_doc

RESPONSES = ResponseSet(
    metadata={"endpoint_id": ENDPOINT_ID},
    default=RegisteredResponse(
        service="transfer",
        path=f"/endpoint/{ENDPOINT_ID}/activate",
        method="POST",
        json=result_doc(
            "Activated.MyProxyCredential",
            "Endpoint activated successfully using a MyProxy credential",
            f"/endpoint/{ENDPOINT_ID}/activate",
            data_type="activation_result",
            expires_in=43200,
            expire_time="2024-03-08 03:20:11+00:00",
            subject="/C=US/O=Example University/CN=Example User",
            length=0,
            DATA=[],
        ),
    ),
)
