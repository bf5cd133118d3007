from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._endpoint_fixtures import PAUSE_RULE_ID, result_doc

RESPONSES = ResponseSet(
    metadata={"pause_rule_id": PAUSE_RULE_ID},
    default=RegisteredResponse(
        service="transfer",
        path=f"/endpoint_manager/pause_rule/{PAUSE_RULE_ID}",
        method="DELETE",
        json=result_doc(
            "Deleted",
            "Pause rule deleted successfully",
            f"/endpoint_manager/pause_rule/{PAUSE_RULE_ID}",
        ),
    ),
)
