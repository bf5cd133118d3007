from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._endpoint_fixtures import ENDPOINT_ID, error_doc

_PATH = f"/operation/endpoint/{ENDPOINT_ID}/stat"

RESPONSES = ResponseSet(
    metadata={"endpoint_id": ENDPOINT_ID},
    default=RegisteredResponse(
        service="transfer",
        path=_PATH,
        json={
            "DATA_TYPE": "file",
            "name": "data.csv",
            "type": "file",
            "size": 1048576,
            "last_modified": "2024-02-13 08:45:00+00:00",
            "permissions": "0644",
            "user": "researcher",
            "group": "rcgroup",
            "link_target": None,
            "link_group": None,
            "link_last_modified": None,
            "link_size": None,
            "link_user": None,
        },
        metadata={"endpoint_id": ENDPOINT_ID},
    ),
    not_found=RegisteredResponse(
        service="transfer",
        path=_PATH,
        status=404,
        json=error_doc(
            "NotFound",
            "Path not found, Error (list)\n"
            "Endpoint: Example University Research Storage "
            f"({ENDPOINT_ID})\n"
            "Server: m-d3a2c.fa5e.bd7c.data.globus.org:443\n"
            "Command: MLST /~/missing.txt\n"
            "Message: No such file or directory",
            _PATH,
        ),
        metadata={"endpoint_id": ENDPOINT_ID},
    ),
    permission_denied=RegisteredResponse(
        service="transfer",
        path=_PATH,
        status=403,
        json=error_doc(
            "EndpointPermissionDenied",
            "Error (list)\n"
            "Endpoint: Example University Research Storage "
            f"({ENDPOINT_ID})\n"
            "Server: m-d3a2c.fa5e.bd7c.data.globus.org:443\n"
            "Command: MLST /~/private/\n"
            "Message: Permission denied",
            _PATH,
        ),
        metadata={"endpoint_id": ENDPOINT_ID},
    ),
)
