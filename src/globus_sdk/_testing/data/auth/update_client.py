from globus_sdk._testing.models import ResponseSet

from ._clients import UPDATE_VARIATIONS, client_case
from ._common import CLIENT_ID, args_cases

RESPONSES: ResponseSet = args_cases(
    service_path=f"/v2/api/clients/{CLIENT_ID}",
    method="PUT",
    cases={
        name: client_case({"client_id": CLIENT_ID, **variation}, skip=("client_id",))
        for name, variation in UPDATE_VARIATIONS.items()
    },
)
