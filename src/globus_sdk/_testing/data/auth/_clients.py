"""The create/update client cases: arguments -> request body -> client document."""

from __future__ import annotations

import typing as t
import uuid

from ._common import GLOBUSID_IDP_ID, UCHICAGO_IDP_ID, Case, client_document

_LINKS = {
    "terms_and_conditions": "https://portal.example.edu/terms",
    "privacy_policy": "https://portal.example.edu/privacy",
}

#: case -> arguments for client creation (``create_client`` adds ``project``)
CREATE_VARIATIONS: dict[str, dict[str, t.Any]] = {
    "default": {"name": "Data Portal", "public_client": False},
    "name": {"name": "Another Portal", "public_client": False},
    "public_client": {"name": "Data Portal CLI", "public_client": True},
    "private_client": {"name": "Data Portal", "public_client": False},
    "publicly_visible": {
        "name": "Data Portal",
        "public_client": False,
        "visibility": "public",
    },
    "not_publicly_visible": {
        "name": "Data Portal",
        "public_client": False,
        "visibility": "private",
    },
    "redirect_uris": {
        "name": "Data Portal",
        "public_client": False,
        "redirect_uris": ["https://portal.example.edu/login/callback"],
    },
    "links": {"name": "Data Portal", "public_client": False, **_LINKS},
    "required_idp": {
        "name": "Data Portal",
        "public_client": False,
        "required_idp": UCHICAGO_IDP_ID,
    },
    "preselect_idp": {
        "name": "Data Portal",
        "public_client": False,
        "preselect_idp": GLOBUSID_IDP_ID,
    },
    **{
        f"client_type_{client_type}": {
            "name": "Data Portal",
            "client_type": client_type,
        }
        for client_type in (
            "client_identity",
            "confidential_client",
            "globus_connect_server",
            "public_installed_client",
            "hybrid_confidential_client_resource_server",
            "resource_server",
            "public_webapp_client",
        )
    },
}

#: case -> arguments for ``update_client`` (besides ``client_id``)
UPDATE_VARIATIONS: dict[str, dict[str, t.Any]] = {
    "default": {"name": "Data Portal (renamed)"},
    "name": {"name": "Another Portal"},
    "publicly_visible": {"visibility": "public"},
    "not_publicly_visible": {"visibility": "private"},
    "redirect_uris": {"redirect_uris": ["https://portal.example.edu/login/callback"]},
    "links": dict(_LINKS),
    "required_idp": {"required_idp": UCHICAGO_IDP_ID},
    "preselect_idp": {"preselect_idp": GLOBUSID_IDP_ID},
}


def request_fields(args: dict[str, t.Any]) -> dict[str, t.Any]:
    """The ``client`` document of the request these arguments produce."""
    fields: dict[str, t.Any] = {}
    for key, value in args.items():
        if key in _LINKS:
            fields.setdefault("links", {})[key] = value
        elif isinstance(value, uuid.UUID):
            fields[key] = str(value)
        else:
            fields[key] = value
    return fields


def client_case(
    args: dict[str, t.Any], *, skip: tuple[str, ...] = (), **doc: t.Any
) -> Case:
    """(args, request body, response) of one case; ``skip`` names non-body args."""
    fields = request_fields({k: v for k, v in args.items() if k not in skip})
    response_fields = dict(fields)
    if "public_client" in fields:
        response_fields["client_type"] = (
            "public_installed_client"
            if fields["public_client"]
            else "confidential_client"
        )
    if "client_type" in fields:
        response_fields["public_client"] = fields["client_type"].startswith("public_")
    return (
        args,
        {"client": fields},
        {"client": client_document(**{**response_fields, **doc})},
    )
