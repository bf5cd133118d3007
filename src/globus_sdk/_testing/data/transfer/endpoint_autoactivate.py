from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._endpoint_fixtures import ENDPOINT_ID, result_doc

RESPONSES = ResponseSet(
    metadata={"endpoint_id": ENDPOINT_ID},
    default=RegisteredResponse(
        service="transfer",
        path=f"/endpoint/{ENDPOINT_ID}/autoactivate",
        method="POST",
        json=result_doc(
            "AlreadyActivated",
            "Endpoint does not require activation",
            f"/endpoint/{ENDPOINT_ID}/autoactivate",
            data_type="activation_result",
            expires_in=-1,
            expire_time=None,
            subject=None,
            length=0,
            DATA=[],
        ),
    ),
)
