import typing as t
import uuid

from globus_sdk._testing.models import ResponseSet

from ._common import CLIENT_ID, args_cases
from ._scopes import BASE_ARGS, VARIATIONS, scope_case

_BODY_KEYS = (
    "name",
    "description",
    "scope_suffix",
    "advertised",
    "allows_refresh_token",
    "required_domains",
    "dependent_scopes",
)

_CASES: dict[str, dict[str, t.Any]] = {
    "default": {},
    "client_id_str": {},
    "client_id_uuid": {"client_id": uuid.UUID(CLIENT_ID)},
    "name": {"name": "Portal Read Access"},
    "description": {"description": "Read-only access to the Data Portal's API"},
    "scope_suffix": {"scope_suffix": "portal_read"},
    **VARIATIONS,
}

RESPONSES: ResponseSet = args_cases(
    service_path=f"/v2/api/clients/{CLIENT_ID}/scopes",
    method="POST",
    cases={
        name: scope_case(
            {"client_id": CLIENT_ID, **BASE_ARGS, **variation}, body_keys=_BODY_KEYS
        )
        for name, variation in _CASES.items()
    },
)
