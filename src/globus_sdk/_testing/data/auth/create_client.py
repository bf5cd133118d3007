import uuid

from globus_sdk._testing.models import ResponseSet

from ._clients import CREATE_VARIATIONS, client_case
from ._common import PROJECT_ID, args_cases

_CASES = {
    name: client_case({"project": PROJECT_ID, **variation})
    for name, variation in CREATE_VARIATIONS.items()
}
_CASES["project_id"] = client_case(
    {"name": "Data Portal", "project": uuid.UUID(PROJECT_ID), "public_client": False}
)

RESPONSES: ResponseSet = args_cases(
    service_path="/v2/api/clients", method="POST", cases=_CASES
)
