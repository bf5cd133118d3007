from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import ROLE_ID_2, result

RESPONSES = ResponseSet(
    metadata={"id": ROLE_ID_2},
    default=RegisteredResponse(
        service="gcs", path=f"/roles/{ROLE_ID_2}", method="DELETE", json=result([])
    ),
)
