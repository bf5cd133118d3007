"""Request documents and parameter values shared by the Auth client methods."""

from __future__ import annotations

import typing as t
import uuid

from globus_sdk import exc
from globus_sdk.utils import MISSING, MissingType

ClientType = t.Literal[
    "client_identity",
    "confidential_client",
    "globus_connect_server",
    "public_installed_client",
    "hybrid_confidential_client_resource_server",
    "resource_server",
]


T = t.TypeVar("T")


def provision_value(provision: bool) -> str:
    """The ``provision`` query value of an identities lookup (``"true"``/``"false"``)."""
    return "false" if str(provision).lower() == "false" else "true"


def opt_str(value: uuid.UUID | str | None | MissingType) -> str | None | MissingType:
    """``str(value)``, with ``None`` and ``MISSING`` passed through."""
    if value is None or isinstance(value, MissingType):
        return value
    return str(value)


def opt_list(value: t.Iterable[T] | None | MissingType) -> list[T] | None | MissingType:
    """``list(value)``, with ``None`` and ``MISSING`` passed through."""
    if value is None or isinstance(value, MissingType):
        return value
    return list(value)


def _fields(additional_fields: dict[str, t.Any] | MissingType) -> dict[str, t.Any]:
    return {} if isinstance(additional_fields, MissingType) else additional_fields


def _links(
    terms_and_conditions: str | None | MissingType,
    privacy_policy: str | None | MissingType,
) -> dict[str, str | None] | MissingType:
    # the two links are set (or cleared) together
    if (terms_and_conditions is MISSING) != (privacy_policy is MISSING):
        raise exc.GlobusSDKUsageError(
            "terms_and_conditions and privacy_policy must both be set or unset"
        )
    if isinstance(terms_and_conditions, MissingType) or isinstance(
        privacy_policy, MissingType
    ):
        return MISSING
    return {
        "terms_and_conditions": terms_and_conditions,
        "privacy_policy": privacy_policy,
    }


def new_client_document(
    name: str,
    *,
    project: uuid.UUID | str | MissingType = MISSING,
    public_client: bool | MissingType = MISSING,
    client_type: ClientType | MissingType = MISSING,
    visibility: str | MissingType = MISSING,
    redirect_uris: t.Iterable[str] | MissingType = MISSING,
    terms_and_conditions: str | MissingType = MISSING,
    privacy_policy: str | MissingType = MISSING,
    required_idp: uuid.UUID | str | MissingType = MISSING,
    preselect_idp: uuid.UUID | str | MissingType = MISSING,
    additional_fields: dict[str, t.Any] | MissingType = MISSING,
) -> dict[str, t.Any]:
    """The ``{"client": {...}}`` body of a client creation."""
    if public_client is not MISSING and client_type is not MISSING:
        raise exc.GlobusSDKUsageError(
            "Cannot specify both public_client and client_type"
        )
    if public_client is MISSING and client_type is MISSING:
        raise exc.GlobusSDKUsageError(
            "Must specify either public_client or client_type"
        )
    document: dict[str, t.Any] = {
        "name": name,
        "project": opt_str(project),
        "public_client": public_client,
        "client_type": client_type,
        "visibility": visibility,
        "redirect_uris": opt_list(redirect_uris),
        "required_idp": opt_str(required_idp),
        "preselect_idp": opt_str(preselect_idp),
        "links": _links(terms_and_conditions, privacy_policy),
        **_fields(additional_fields),
    }
    return {"client": document}


def client_update_document(
    *,
    name: str | MissingType = MISSING,
    visibility: str | MissingType = MISSING,
    redirect_uris: t.Iterable[str] | MissingType = MISSING,
    terms_and_conditions: str | None | MissingType = MISSING,
    privacy_policy: str | None | MissingType = MISSING,
    required_idp: uuid.UUID | str | None | MissingType = MISSING,
    preselect_idp: uuid.UUID | str | None | MissingType = MISSING,
    additional_fields: dict[str, t.Any] | MissingType = MISSING,
) -> dict[str, t.Any]:
    """The ``{"client": {...}}`` body of a client update (``None`` clears a field)."""
    document: dict[str, t.Any] = {
        "name": name,
        "visibility": visibility,
        "redirect_uris": opt_list(redirect_uris),
        "required_idp": opt_str(required_idp),
        "preselect_idp": opt_str(preselect_idp),
        "links": _links(terms_and_conditions, privacy_policy),
        **_fields(additional_fields),
    }
    return {"client": document}
