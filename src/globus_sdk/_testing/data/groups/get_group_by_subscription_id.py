from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import SUBSCRIPTION_GROUP_ID, SUBSCRIPTION_ID

RESPONSES = ResponseSet(
    metadata={"group_id": SUBSCRIPTION_GROUP_ID, "subscription_id": SUBSCRIPTION_ID},
    default=RegisteredResponse(
        service="groups",
        path=f"/subscription_info/{SUBSCRIPTION_ID}",
        json={
            "group_id": SUBSCRIPTION_GROUP_ID,
            "subscription_id": SUBSCRIPTION_ID,
            "subscription_info": {
                "name": "Example University",
                "connectors": {
                    "7643e831-5f6c-4b47-a07f-8ee90f401d23": {
                        "is_ha": True,
                        "is_baa": False,
                    }
                },
                "is_high_assurance": True,
                "is_baa": False,
            },
        },
    ),
)
