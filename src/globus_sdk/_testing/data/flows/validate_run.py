from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import FLOW_ID, TRANSFER_FLOW_INPUT, error_body

_PATH = f"/flows/{FLOW_ID}/validate_run"
# the request body each case answers (what validate_run() sends)
_REQUEST_BODY = {"body": TRANSFER_FLOW_INPUT, "label": "Copy the Q1 report"}
_INVALID_REQUEST_BODY = {
    "body": {"source": TRANSFER_FLOW_INPUT["source"]},
    "label": "Copy the Q1 report",
}

RESPONSES = ResponseSet(
    metadata={"flow_id": FLOW_ID, "request_body": _REQUEST_BODY},
    default=RegisteredResponse(
        service="flows",
        path=_PATH,
        method="POST",
        json={"message": "success"},
    ),
    invalid_input_payload=RegisteredResponse(
        service="flows",
        path=_PATH,
        method="POST",
        status=400,
        json=error_body(
            "FLOW_INPUT_ERROR",
            "'destination' is a required property",
        ),
        metadata={"flow_id": FLOW_ID, "request_body": _INVALID_REQUEST_BODY},
    ),
    invalid_token=RegisteredResponse(
        service="flows",
        path=_PATH,
        method="POST",
        status=401,
        json=error_body("AUTHENTICATION_ERROR", "Expired or invalid Bearer token"),
    ),
    not_a_flow_starter=RegisteredResponse(
        service="flows",
        path=_PATH,
        method="POST",
        status=403,
        json=error_body(
            "FORBIDDEN",
            "You do not have the necessary permissions to start this flow",
        ),
    ),
)
