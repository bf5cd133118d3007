from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._endpoint_fixtures import ENDPOINT_ID, GUEST_COLLECTION_ID, endpoint_doc

RESPONSES = ResponseSet(
    metadata={"endpoint_id": ENDPOINT_ID, "hosted_endpoint_ids": [GUEST_COLLECTION_ID]},
    default=RegisteredResponse(
        service="transfer",
        path=f"/endpoint_manager/endpoint/{ENDPOINT_ID}/hosted_endpoint_list",
        json={
            "DATA_TYPE": "endpoint_list",
            "DATA": [
                endpoint_doc(
                    GUEST_COLLECTION_ID,
                    "Shared project data",
                    entity_type="GCSv5_guest_collection",
                    host_endpoint_id=ENDPOINT_ID,
                    host_path="/project/shared/",
                    acl_available=True,
                )
            ],
        },
    ),
)
