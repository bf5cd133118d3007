"""The user credential document: the body of ``create/update_user_credential``."""

from __future__ import annotations

import typing as t
import uuid

from globus_sdk.utils import PayloadWrapper

from ._common import masked_repr


class UserCredentialDocument(PayloadWrapper):
    """
    A user credential: how one Globus identity accesses the storage behind a
    storage gateway (for connectors that need per-user secrets, such as S3 keys).

    :param DATA_TYPE: the document version
    :param identity_id: the Globus Auth identity the credential belongs to
    :param connector_id: the connector of the storage gateway
    :param username: the local username the identity maps to
    :param display_name: a name for the credential
    :param storage_gateway_id: the storage gateway the credential is for
    :param policies: connector-specific credential data, e.g.
        ``{"DATA_TYPE": "s3_user_credential_policies#1.0.0", "s3_key_id": ...}``
    :param additional_fields: more fields, included as given

    Credentials in ``policies`` (``s3_secret_key``...) are masked in ``repr()``.
    """

    def __init__(
        self,
        DATA_TYPE: str = "user_credential#1.0.0",
        identity_id: uuid.UUID | str | None = None,
        connector_id: uuid.UUID | str | None = None,
        username: str | None = None,
        display_name: str | None = None,
        storage_gateway_id: uuid.UUID | str | None = None,
        policies: dict[str, t.Any] | None = None,
        additional_fields: dict[str, t.Any] | None = None,
    ) -> None:
        super().__init__()
        self._set_optstrs(
            DATA_TYPE=DATA_TYPE,
            identity_id=identity_id,
            connector_id=connector_id,
            username=username,
            display_name=display_name,
            storage_gateway_id=storage_gateway_id,
        )
        self._set_value("policies", policies)
        self.update(additional_fields or {})

    def __repr__(self) -> str:
        return masked_repr(self)
