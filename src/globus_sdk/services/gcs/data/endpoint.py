"""The endpoint document: the body of ``GCSClient.update_endpoint``."""

from __future__ import annotations

import typing as t

from globus_sdk.utils import (
    MISSING,
    MissingType,
    PayloadWrapper,
    filter_missing,
    safe_strseq_iter,
)

from ._common import DatatypeCallback, VersionTuple, ensure_datatype


class EndpointDocument(PayloadWrapper):
    """
    The endpoint fields to change with ``update_endpoint``.

    Parameters left out are not sent; ``None`` (where allowed) sends null, which
    clears the field. ``DATA_TYPE`` is deduced from the fields present unless given.

    :param data_type: an explicit ``DATA_TYPE``; set it only to override the deduction
    :param contact_email: the support contact's email address
    :param contact_info: other contact information (phone, address...)
    :param department: the department which operates the endpoint
    :param description: a text description
    :param display_name: the endpoint's name
    :param info_link: a link to more information
    :param network_use: ``"normal"``, ``"minimal"``, ``"aggressive"`` or ``"custom"``:
        the concurrency and parallelism transfers use (``"custom"`` uses the four
        ``*_concurrency``/``*_parallelism`` values)
    :param organization: the organization which maintains the endpoint
    :param subscription_id: the subscription to associate with the endpoint (``None``
        removes the association)
    :param keywords: keywords that help find the endpoint
    :param allow_udt: allow UDT transfers
    :param public: make the endpoint visible to every Globus user
    :param max_concurrency: the most concurrent files per transfer (custom network use)
    :param max_parallelism: the most parallel streams per file (custom network use)
    :param preferred_concurrency: the preferred concurrency (custom network use)
    :param preferred_parallelism: the preferred parallelism (custom network use)
    :param gridftp_control_channel_port: the GridFTP control channel port (``None``
        for the default)
    :param additional_fields: more fields, included as given
    """

    DATATYPE_BASE: str = "endpoint"
    DATATYPE_VERSION_IMPLICATIONS: dict[str, VersionTuple] = {
        "gridftp_control_channel_port": (1, 1, 0),
    }
    DATATYPE_VERSION_CALLBACKS: tuple[DatatypeCallback, ...] = ()

    def __init__(
        self,
        *,
        # data type
        data_type: str | MissingType = MISSING,
        # strs
        contact_email: str | MissingType = MISSING,
        contact_info: str | MissingType = MISSING,
        department: str | MissingType = MISSING,
        description: str | MissingType = MISSING,
        display_name: str | MissingType = MISSING,
        info_link: str | MissingType = MISSING,
        network_use: (
            t.Literal["normal", "minimal", "aggressive", "custom"] | MissingType
        ) = MISSING,
        organization: str | MissingType = MISSING,
        # nullable strs
        subscription_id: str | None | MissingType = MISSING,
        # str lists
        keywords: t.Iterable[str] | MissingType = MISSING,
        # bools
        allow_udt: bool | MissingType = MISSING,
        public: bool | MissingType = MISSING,
        # ints
        max_concurrency: int | MissingType = MISSING,
        max_parallelism: int | MissingType = MISSING,
        preferred_concurrency: int | MissingType = MISSING,
        preferred_parallelism: int | MissingType = MISSING,
        # nullable ints
        gridftp_control_channel_port: int | None | MissingType = MISSING,
        # additional fields
        additional_fields: dict[str, t.Any] | MissingType = MISSING,
    ) -> None:
        super().__init__()
        fields = filter_missing(
            {
                "DATA_TYPE": data_type,
                "contact_email": contact_email,
                "contact_info": contact_info,
                "department": department,
                "description": description,
                "display_name": display_name,
                "info_link": info_link,
                "network_use": network_use,
                "organization": organization,
                "subscription_id": subscription_id,
                "keywords": (
                    keywords
                    if isinstance(keywords, MissingType)
                    else list(safe_strseq_iter(keywords))
                ),
                "allow_udt": allow_udt,
                "public": public,
                "max_concurrency": max_concurrency,
                "max_parallelism": max_parallelism,
                "preferred_concurrency": preferred_concurrency,
                "preferred_parallelism": preferred_parallelism,
                "gridftp_control_channel_port": gridftp_control_channel_port,
            }
        )
        self.update(fields or {})
        if not isinstance(additional_fields, MissingType):
            self.update(additional_fields)
        ensure_datatype(self)
