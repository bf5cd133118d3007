from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._endpoint_fixtures import (
    ENDPOINT_ID,
    SUBSCRIPTION_ID,
    SUBSCRIPTION_ID_2,
    error_doc,
    result_doc,
)

_PATH = f"/endpoint/{ENDPOINT_ID}/subscription"

RESPONSES = ResponseSet(
    metadata={"endpoint_id": ENDPOINT_ID},
    default=RegisteredResponse(
        service="transfer",
        path=_PATH,
        method="PUT",
        json=result_doc("Updated", "Endpoint updated successfully", _PATH),
        metadata={"endpoint_id": ENDPOINT_ID},
    ),
    # "DEFAULT" is ambiguous for a user who administers several subscriptions
    multi_subscriber_cannot_use_default=RegisteredResponse(
        service="transfer",
        path=_PATH,
        method="PUT",
        status=400,
        json=error_doc(
            "BadRequest",
            "The user is an administrator of multiple subscriptions "
            f"({SUBSCRIPTION_ID}, {SUBSCRIPTION_ID_2}); 'DEFAULT' cannot be used, "
            "specify the subscription_id explicitly",
            _PATH,
        ),
        metadata={
            "endpoint_id": ENDPOINT_ID,
            "subscription_ids": [SUBSCRIPTION_ID, SUBSCRIPTION_ID_2],
        },
    ),
    not_found=RegisteredResponse(
        service="transfer",
        path=_PATH,
        method="PUT",
        status=404,
        json=error_doc(
            "EndpointNotFound", f"No such endpoint with id '{ENDPOINT_ID}'", _PATH
        ),
        metadata={"endpoint_id": ENDPOINT_ID},
    ),
)
