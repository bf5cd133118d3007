from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import FLOW_ID, flow_doc

RESPONSES = ResponseSet(
    metadata={"flow_id": FLOW_ID},
    default=RegisteredResponse(
        service="flows",
        path=f"/flows/{FLOW_ID}",
        method="DELETE",
        json=flow_doc(FLOW_ID, deleted_at="2030-05-06T11:12:13.141516+00:00"),
    ),
)
