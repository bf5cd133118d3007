from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._endpoint_fixtures import (
    ENDPOINT_ID,
    GCS_ENDPOINT_ID,
    endpoint_doc,
)

RESPONSES = ResponseSet(
    metadata={"endpoint_ids": [GCS_ENDPOINT_ID, ENDPOINT_ID]},
    default=RegisteredResponse(
        service="transfer",
        path="/endpoint_manager/monitored_endpoints",
        json={
            "DATA_TYPE": "endpoint_list",
            "DATA": [
                endpoint_doc(
                    GCS_ENDPOINT_ID,
                    "Example University GCS Endpoint",
                    entity_type="GCSv5_endpoint",
                    host_endpoint_id=None,
                ),
                endpoint_doc(),
            ],
            "has_next_page": False,
            "limit": 100,
            "offset": 0,
        },
    ),
)
