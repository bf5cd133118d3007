import typing as t
import uuid

from globus_sdk._testing.models import ResponseSet

from ._common import POLICY_ID, PROJECT_ID, Case, args_cases, policy_document

# case -> the fields it changes (the case names keep their historical spelling)
_VARIATIONS: dict[str, dict[str, t.Any]] = {
    "default": {"display_name": "Campus Login (updated)"},
    "project_id_str": {"project_id": PROJECT_ID},
    "project_id_uuid": {"project_id": uuid.UUID(PROJECT_ID)},
    "display_name": {"display_name": "Lab Members"},
    "description": {"description": "Members of the lab only"},
    "authentication_assurance_timeout": {"authentication_assurance_timeout": 7200},
    "required_mfa": {"required_mfa": True},
    "not_required_mfa": {"required_mfa": False},
    "domain_constrants_include": {"domain_constraints_include": ["example.edu"]},
    "empty_domain_constrants_include": {"domain_constraints_include": []},
    "no_domain_constrants_include": {"domain_constraints_include": None},
    "domain_constrants_exclude": {"domain_constraints_exclude": ["guest.example.edu"]},
    "empty_domain_constrants_exclude": {"domain_constraints_exclude": []},
    "no_domain_constrants_exclude": {"domain_constraints_exclude": None},
}


def _case(variation: dict[str, t.Any]) -> Case:
    args = {"policy_id": POLICY_ID, **variation}
    request = {
        k: (str(v) if isinstance(v, uuid.UUID) else v) for k, v in variation.items()
    }
    return args, {"policy": request}, {"policy": policy_document(**request)}


RESPONSES: ResponseSet = args_cases(
    service_path=f"/v2/api/policies/{POLICY_ID}",
    method="PUT",
    cases={name: _case(variation) for name, variation in _VARIATIONS.items()},
)
