"""The create/update scope cases: arguments -> request body -> scope document."""

from __future__ import annotations

import typing as t

from ._common import DEPENDENT_SCOPE_ID, Case, scope_document

#: case -> the optional arguments it passes
VARIATIONS: dict[str, dict[str, t.Any]] = {
    "advertised": {"advertised": True},
    "not_advertised": {"advertised": False},
    "allows_refresh_token": {"allows_refresh_token": True},
    "disallows_refresh_token": {"allows_refresh_token": False},
    "required_domains": {"required_domains": ["example.edu", "partner.example.org"]},
    "no_required_domains": {"required_domains": []},
    "dependent_scopes": {"dependent_scopes": "DEPENDENT"},  # filled in by scope_case
    "no_dependent_scopes": {"dependent_scopes": []},
}

BASE_ARGS: dict[str, t.Any] = {
    "name": "Data Portal Access",
    "description": "Access to the Data Portal's API",
    "scope_suffix": "portal_all",
}


def scope_case(args: dict[str, t.Any], *, body_keys: t.Iterable[str]) -> Case:
    """(args, request body, response) of one case; the body holds ``body_keys``."""
    from globus_sdk.services.auth import DependentScopeSpec

    args = dict(args)
    if args.get("dependent_scopes") == "DEPENDENT":
        args["dependent_scopes"] = [DependentScopeSpec(DEPENDENT_SCOPE_ID, False, True)]
    request: dict[str, t.Any] = {}
    for key in body_keys:
        if key not in args:
            continue
        value = args[key]
        if key == "dependent_scopes":
            value = [dict(spec) for spec in value]
        request[key] = value
    response = scope_document(**request)
    return args, {"scope": request}, {"scope": response}
