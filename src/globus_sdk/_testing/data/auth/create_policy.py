import typing as t
import uuid

from globus_sdk._testing.models import ResponseSet

from ._common import PROJECT_ID, Case, args_cases, policy_document

_BASE_ARGS: dict[str, t.Any] = {
    "project_id": PROJECT_ID,
    "display_name": "Campus Login",
    "description": "Require a campus login within the last hour",
}

# case -> the arguments it adds to (or changes in) the base arguments
_VARIATIONS: dict[str, dict[str, t.Any]] = {
    "default": {},
    "project_id_str": {"project_id": PROJECT_ID},
    "project_id_uuid": {"project_id": uuid.UUID(PROJECT_ID)},
    "display_name": {"display_name": "Lab Members"},
    "description": {"description": "Members of the lab only"},
    "high_assurance": {"high_assurance": True},
    "not_high_assurance": {"high_assurance": False},
    "authentication_assurance_timeout": {"authentication_assurance_timeout": 1800},
    "required_mfa": {"required_mfa": True},
    "domain_constraints_include": {"domain_constraints_include": ["example.edu"]},
    "empty_domain_constraints_include": {"domain_constraints_include": []},
    "no_domain_constraints_include": {"domain_constraints_include": None},
    "domain_constraints_exclude": {"domain_constraints_exclude": ["guest.example.edu"]},
    "empty_domain_constraints_exclude": {"domain_constraints_exclude": []},
    "no_domain_constraints_exclude": {"domain_constraints_exclude": None},
}


def _case(variation: dict[str, t.Any]) -> Case:
    args = {**_BASE_ARGS, **variation}
    request = {k: (str(v) if isinstance(v, uuid.UUID) else v) for k, v in args.items()}
    return args, {"policy": request}, {"policy": policy_document(**request)}


RESPONSES: ResponseSet = args_cases(
    service_path="/v2/api/policies",
    method="POST",
    cases={name: _case(variation) for name, variation in _VARIATIONS.items()},
)
