from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._endpoint_fixtures import ENDPOINT_ID, PAUSE_RULE_ID, pause_rule_doc

RESPONSES = ResponseSet(
    metadata={"endpoint_id": ENDPOINT_ID, "pause_rule_id": PAUSE_RULE_ID},
    default=RegisteredResponse(
        service="transfer",
        path=f"/endpoint_manager/pause_rule/{PAUSE_RULE_ID}",
        json=pause_rule_doc(),
    ),
)
