from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import TRANSFER_FLOW_DEFINITION, TRANSFER_FLOW_INPUT_SCHEMA, error_body

# "success": the arguments of a validate_flow() call that passes, and the analysis the
# service returns; "invalid": the arguments of one that fails (a state with no Type)
_SUCCESS = {
    "definition": TRANSFER_FLOW_DEFINITION,
    "input_schema": TRANSFER_FLOW_INPUT_SCHEMA,
    "response": {
        "scopes": {
            "User": [
                "urn:globus:auth:scope:transfer.api.globus.org:all",
            ]
        },
        "analysis": {"number_of_possibilities": 1},
    },
}
_INVALID = {
    "definition": {
        "StartAt": "CopyFile",
        "States": {"CopyFile": {"End": True}},
    },
    "input_schema": TRANSFER_FLOW_INPUT_SCHEMA,
}
_METADATA = {"success": _SUCCESS, "invalid": _INVALID}

RESPONSES = ResponseSet(
    metadata=_METADATA,
    default=RegisteredResponse(
        service="flows",
        path="/flows/validate",
        method="POST",
        json=_SUCCESS["response"],
    ),
    definition_error=RegisteredResponse(
        service="flows",
        path="/flows/validate",
        method="POST",
        status=422,
        json=error_body(
            "UNPROCESSABLE_ENTITY",
            [
                {
                    "loc": ["definition", "States", "CopyFile"],
                    "msg": "A state of type 'None' is not supported",
                    "type": "value_error.const",
                }
            ],
        ),
    ),
)
