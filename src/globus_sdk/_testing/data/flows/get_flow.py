from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import FLOW_ID, flow_doc

_FLOW = flow_doc(FLOW_ID)

RESPONSES = ResponseSet(
    metadata={"flow_id": FLOW_ID, "title": _FLOW["title"]},
    default=RegisteredResponse(service="flows", path=f"/flows/{FLOW_ID}", json=_FLOW),
)
