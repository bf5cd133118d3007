from globus_sdk._testing.models import ResponseSet

from ._clients import CREATE_VARIATIONS, client_case
from ._common import CHILD_CLIENT_ID, CLIENT_ID, args_cases

RESPONSES: ResponseSet = args_cases(
    service_path="/v2/api/clients",
    method="POST",
    cases={
        name: client_case(
            variation, id=CHILD_CLIENT_ID, project=None, parent_client=CLIENT_ID
        )
        for name, variation in CREATE_VARIATIONS.items()
    },
)
