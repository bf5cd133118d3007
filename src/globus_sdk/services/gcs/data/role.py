"""The role document: the body of ``GCSClient.create_role``."""

from __future__ import annotations

import typing as t
import uuid

from globus_sdk.utils import PayloadWrapper


class GCSRoleDocument(PayloadWrapper):
    """
    A role to grant on the endpoint or on one of its collections.

    :param DATA_TYPE: the document version
    :param collection: the collection the role applies to (omit for an endpoint role)
    :param principal: who receives the role, e.g.
        ``urn:globus:auth:identity:<ID>`` or ``urn:globus:groups:id:<ID>``
    :param role: ``owner``, ``administrator``, ``access_manager``,
        ``activity_manager`` or ``activity_monitor``
    :param additional_fields: more fields, included as given
    """

    def __init__(
        self,
        DATA_TYPE: str = "role#1.0.0",
        collection: uuid.UUID | str | None = None,
        principal: str | None = None,
        role: str | None = None,
        additional_fields: dict[str, t.Any] | None = None,
    ) -> None:
        super().__init__()
        self._set_optstrs(
            DATA_TYPE=DATA_TYPE,
            collection=collection,
            principal=principal,
            role=role,
        )
        self.update(additional_fields or {})
