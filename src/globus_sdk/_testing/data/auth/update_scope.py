import typing as t

from globus_sdk._testing.models import ResponseSet

from ._common import SCOPE_ID, args_cases
from ._scopes import VARIATIONS, scope_case

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
    "default": {"description": "Access to the Data Portal's API (v2)"},
    "name": {"name": "Portal Read Access"},
    "description": {"description": "Read-only access to the Data Portal's API"},
    "scope_suffix": {"scope_suffix": "portal_read"},
    **VARIATIONS,
}

RESPONSES: ResponseSet = args_cases(
    service_path=f"/v2/api/scopes/{SCOPE_ID}",
    method="PUT",
    cases={
        name: scope_case({"scope_id": SCOPE_ID, **variation}, body_keys=_BODY_KEYS)
        for name, variation in _CASES.items()
    },
)
