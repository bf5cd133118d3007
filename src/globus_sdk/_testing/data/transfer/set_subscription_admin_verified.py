from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._endpoint_fixtures import (
    ENDPOINT_ID,
    SUBSCRIPTION_ID,
    error_doc,
    result_doc,
)

_PATH = f"/endpoint/{ENDPOINT_ID}/subscription_admin_verified"


def _error(status: int, code: str, message: str) -> RegisteredResponse:
    return RegisteredResponse(
        service="transfer",
        path=_PATH,
        method="PUT",
        status=status,
        json=error_doc(code, message, _PATH),
        metadata={"endpoint_id": ENDPOINT_ID},
    )


RESPONSES = ResponseSet(
    metadata={"endpoint_id": ENDPOINT_ID},
    default=RegisteredResponse(
        service="transfer",
        path=_PATH,
        method="PUT",
        json=result_doc("Updated", "Endpoint updated successfully", _PATH),
        metadata={"endpoint_id": ENDPOINT_ID},
    ),
    no_admin_role=_error(
        403,
        "PermissionDenied",
        "Only an administrator of the endpoint's subscription can set "
        "subscription_admin_verified",
    ),
    no_identities_in_session=RegisteredResponse(
        service="transfer",
        path=_PATH,
        method="PUT",
        status=403,
        json=error_doc(
            "PermissionDenied",
            "None of the identities in the session are subscription administrators "
            f"of subscription {SUBSCRIPTION_ID}; re-authenticate with an identity "
            "that is",
            _PATH,
        ),
        metadata={"endpoint_id": ENDPOINT_ID, "subscription_id": SUBSCRIPTION_ID},
    ),
    non_subscribed_endpoint=_error(
        400,
        "BadRequest",
        "subscription_admin_verified can only be set on an endpoint that has a "
        "subscription",
    ),
    non_valid_verified_status=_error(
        400,
        "BadRequest",
        "Invalid value for subscription_admin_verified: it must be true or false",
    ),
)
