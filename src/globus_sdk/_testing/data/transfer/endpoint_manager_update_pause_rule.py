from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._endpoint_fixtures import ENDPOINT_ID, PAUSE_RULE_ID, pause_rule_doc

RESPONSES = ResponseSet(
    metadata={
        "endpoint_id": ENDPOINT_ID,
        "pause_rule_id": PAUSE_RULE_ID,
        "message": "Maintenance extended until 16:00 UTC",
    },
    default=RegisteredResponse(
        service="transfer",
        path=f"/endpoint_manager/pause_rule/{PAUSE_RULE_ID}",
        method="PUT",
        json=pause_rule_doc(message="Maintenance extended until 16:00 UTC"),
    ),
)
