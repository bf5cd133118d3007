from __future__ import annotations

import typing as t

from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import (
    FLOW_ID,
    GROUP_URN,
    OTHER_IDENTITY_URN,
    OWNER_URN,
    TRANSFER_FLOW_DEFINITION,
    TRANSFER_FLOW_INPUT_SCHEMA,
    error_body,
    flow_doc,
)

# the arguments of the create_flow() call each case answers
_PARAMS: dict[str, t.Any] = {
    "title": "Copy a report",
    "subtitle": "Copies one file between two collections",
    "description": "Copies a quarterly report to the archive collection.",
    "definition": TRANSFER_FLOW_DEFINITION,
    "input_schema": TRANSFER_FLOW_INPUT_SCHEMA,
    "keywords": ["transfer", "reports"],
    "flow_viewers": ["public"],
    "flow_starters": ["all_authenticated_users"],
    "flow_administrators": [OTHER_IDENTITY_URN],
    "run_managers": [GROUP_URN],
    "run_monitors": [OTHER_IDENTITY_URN],
}
_BAD_PRINCIPALS = [
    "5d0a71c3-8e2f-4b6a-a9c4-2f7e1b3d9c58",
    "e3a81c5f-6b2d-4a9e-8c17-94d0f2b6a7c1",
]

RESPONSES = ResponseSet(
    metadata={"params": _PARAMS},
    default=RegisteredResponse(
        service="flows",
        path="/flows",
        method="POST",
        status=201,
        json=flow_doc(
            FLOW_ID,
            **{k: v for k, v in _PARAMS.items() if k != "flow_administrators"},
            flow_administrators=[OWNER_URN, OTHER_IDENTITY_URN],
        ),
    ),
    # flow_administrators must be principal URNs, not bare identity IDs
    bad_admin_principal_error=RegisteredResponse(
        service="flows",
        path="/flows",
        method="POST",
        status=422,
        json=error_body(
            "UNPROCESSABLE_ENTITY",
            [
                {
                    "loc": ["flow_administrators", i],
                    "msg": f'Unrecognized principal string: "{principal}"',
                    "type": "value_error",
                }
                for i, principal in enumerate(_BAD_PRINCIPALS)
            ],
        ),
        metadata={"params": {**_PARAMS, "flow_administrators": _BAD_PRINCIPALS}},
    ),
)
