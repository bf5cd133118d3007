from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._endpoint_fixtures import ENDPOINT_ID, PAUSE_RULE_ID, pause_rule_doc

SECOND_PAUSE_RULE_ID = "9c8b7a6f-5e4d-4c3b-a2f1-0e9d8c7b6a5f"

RESPONSES = ResponseSet(
    metadata={
        "endpoint_id": ENDPOINT_ID,
        "pause_rule_ids": [PAUSE_RULE_ID, SECOND_PAUSE_RULE_ID],
    },
    default=RegisteredResponse(
        service="transfer",
        path="/endpoint_manager/pause_rule_list",
        json={
            "DATA_TYPE": "pause_rule_list",
            "DATA": [
                pause_rule_doc(),
                pause_rule_doc(
                    SECOND_PAUSE_RULE_ID,
                    "Reads paused for a storage migration",
                    read_enabled=True,
                    modify_enabled=False,
                    start_time="2024-04-01T00:00:00+00:00",
                ),
            ],
        },
    ),
)
