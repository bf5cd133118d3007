from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._endpoint_fixtures import ENDPOINT_ID, PAUSE_RULE_ID, pause_rule_doc

_RULE = pause_rule_doc(DATA_TYPE="pause_rule_limited")
del _RULE["created_by_host_manager"], _RULE["editable"]

RESPONSES = ResponseSet(
    metadata={"endpoint_id": ENDPOINT_ID, "pause_rule_ids": [PAUSE_RULE_ID]},
    default=RegisteredResponse(
        service="transfer",
        path=f"/endpoint/{ENDPOINT_ID}/my_effective_pause_rule_list",
        json={"DATA_TYPE": "pause_rule_limited_list", "DATA": [_RULE]},
    ),
)
