"""Request bodies shared by the client-registration methods."""

from __future__ import annotations

import typing as t
import uuid

from globus_sdk import exc, utils
from globus_sdk.utils import MISSING, MissingType

ClientType = t.Literal[
    "client_identity",
    "confidential_client",
    "globus_connect_server",
    "public_installed_client",
    "hybrid_confidential_client_resource_server",
    "resource_server",
]


def _opt_str(value: uuid.UUID | str | None | MissingType) -> str | None | MissingType:
    if value is None or isinstance(value, MissingType):
        return value
    return str(value)


def _opt_list(
    value: t.Iterable[t.Any] | None | MissingType,
) -> list[t.Any] | None | MissingType:
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
        "project": _opt_str(project),
        "public_client": public_client,
        "client_type": client_type,
        "visibility": visibility,
        "redirect_uris": _opt_list(redirect_uris),
        "required_idp": _opt_str(required_idp),
        "preselect_idp": _opt_str(preselect_idp),
        "links": _links(terms_and_conditions, privacy_policy),
        **_fields(additional_fields),
    }
    return {"client": utils.filter_missing(document)}


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
        "redirect_uris": _opt_list(redirect_uris),
        "required_idp": _opt_str(required_idp),
        "preselect_idp": _opt_str(preselect_idp),
        "links": _links(terms_and_conditions, privacy_policy),
        **_fields(additional_fields),
    }
    return {"client": utils.filter_missing(document)}
