"""Collection documents (mapped and guest) and connector-specific collection policies."""

from __future__ import annotations

import abc
import typing as t
import uuid

from globus_sdk.utils import PayloadWrapper

from ._common import (
    DatatypeCallback,
    DocumentWithInducedDatatype,
    VersionTuple,
    ensure_datatype,
)


def _user_message_length_callback(
    obj: DocumentWithInducedDatatype,
) -> VersionTuple | None:
    # collection#1.7.0 raised the limit on user_message from 64 characters
    message = obj["user_message"] if "user_message" in obj else None
    if isinstance(message, str) and len(message) > 64:
        return (1, 7, 0)
    return None


class CollectionDocument(PayloadWrapper, abc.ABC):
    """
    The base of :class:`MappedCollectionDocument` and :class:`GuestCollectionDocument`:
    a collection for ``create_collection`` or ``update_collection``.

    Only the fields given are included (no field is required, so the document also
    serves partial updates). ``DATA_TYPE`` is deduced from the fields present: the
    lowest ``collection#X.Y.Z`` that supports them all.

    :param data_type: an explicit ``DATA_TYPE``; set it only to override the deduction
    :param collection_base_path: the collection's root on its storage (for a guest
        collection, relative to the mapped collection's root)
    :param contact_email: the support contact's email address
    :param contact_info: other contact information (phone, address...)
    :param default_directory: the directory shown first when browsing
    :param department: the department which operates the collection
    :param description: a text description
    :param display_name: the collection's name
    :param identity_id: the Globus Auth identity that owns the collection
    :param info_link: a link to more information
    :param organization: the organization which maintains the collection
    :param restrict_transfers_to_high_assurance: ``"inbound"``, ``"outbound"`` or
        ``"all"``: which transfers require the other side to be high assurance too
    :param user_message: a message shown to users of the collection
    :param user_message_link: a link shown with ``user_message``
    :param keywords: keywords that help find the collection
    :param disable_verify: disable checksum verification of transfers
    :param enable_https: enable HTTPS access (requires a managed endpoint)
    :param force_encryption: always encrypt transfers
    :param force_verify: always verify checksums of transfers
    :param public: make the collection visible to every Globus user
    :param acl_expiration_mins: the lifetime (minutes) of access rules on guest
        collections
    :param associated_flow_policy: the flow run on transfers to/from the collection
    :param additional_fields: more fields, included as given
    """

    DATATYPE_BASE: str = "collection"
    DATATYPE_VERSION_IMPLICATIONS: dict[str, VersionTuple] = {
        "associated_flow_policy": (1, 15, 0),
        "activity_notification_policy": (1, 14, 0),
        "auto_delete_timeout": (1, 13, 0),
        "skip_auto_delete": (1, 13, 0),
        "restrict_transfers_to_high_assurance": (1, 12, 0),
        "acl_expiration_mins": (1, 10, 0),
        "delete_protected": (1, 8, 0),
        "guest_auth_policy_id": (1, 6, 0),
        "disable_anonymous_writes": (1, 5, 0),
        "force_verify": (1, 4, 0),
        "sharing_users_allow": (1, 2, 0),
        "sharing_users_deny": (1, 2, 0),
        "enable_https": (1, 1, 0),
        "user_message": (1, 1, 0),
        "user_message_link": (1, 1, 0),
    }
    DATATYPE_VERSION_CALLBACKS: tuple[DatatypeCallback, ...] = (
        _user_message_length_callback,
    )

    def __init__(
        self,
        *,
        # data type
        data_type: str | None = None,
        # strs
        collection_base_path: str | None = None,
        contact_email: str | None = None,
        contact_info: str | None = None,
        default_directory: str | None = None,
        department: str | None = None,
        description: str | None = None,
        display_name: str | None = None,
        identity_id: uuid.UUID | str | None = None,
        info_link: str | None = None,
        organization: str | None = None,
        restrict_transfers_to_high_assurance: (
            t.Literal["inbound", "outbound", "all"] | None
        ) = None,
        user_message: str | None = None,
        user_message_link: str | None = None,
        # str lists
        keywords: t.Iterable[str] | None = None,
        # bools
        disable_verify: bool | None = None,
        enable_https: bool | None = None,
        force_encryption: bool | None = None,
        force_verify: bool | None = None,
        public: bool | None = None,
        # ints
        acl_expiration_mins: int | None = None,
        # dicts
        associated_flow_policy: dict[str, t.Any] | None = None,
        # additional fields
        additional_fields: dict[str, t.Any] | None = None,
    ) -> None:
        super().__init__()
        self["collection_type"] = self.collection_type
        self._set_optstrs(
            DATA_TYPE=data_type,
            collection_base_path=collection_base_path,
            contact_email=contact_email,
            contact_info=contact_info,
            default_directory=default_directory,
            department=department,
            description=description,
            display_name=display_name,
            identity_id=identity_id,
            info_link=info_link,
            organization=organization,
            restrict_transfers_to_high_assurance=restrict_transfers_to_high_assurance,
            user_message=user_message,
            user_message_link=user_message_link,
        )
        self._set_optstrlists(keywords=keywords)
        self._set_optbools(
            disable_verify=disable_verify,
            enable_https=enable_https,
            force_encryption=force_encryption,
            force_verify=force_verify,
            public=public,
        )
        self._set_optints(acl_expiration_mins=acl_expiration_mins)
        self._set_value("associated_flow_policy", associated_flow_policy)
        self.update(additional_fields or {})

    @property
    @abc.abstractmethod
    def collection_type(self) -> str:
        """``"mapped"`` or ``"guest"``: the ``collection_type`` field of the document."""


class MappedCollectionDocument(CollectionDocument):
    """
    A mapped collection for ``create_collection`` or ``update_collection``. Accepts
    every parameter of :class:`CollectionDocument`, and:

    :param domain_name: the DNS name of the virtual host serving the collection
    :param guest_auth_policy_id: the authentication policy applied to guest
        collections on this collection
    :param storage_gateway_id: the storage gateway hosting the collection (required
        for creation)
    :param sharing_users_allow: connector-specific usernames allowed to create guest
        collections
    :param sharing_users_deny: connector-specific usernames forbidden from creating
        guest collections
    :param sharing_restrict_paths: a ``path_restrictions`` document limiting where
        guest collections may be created
    :param delete_protected: refuse deletion until this is turned off
    :param allow_guest_collections: allow guest collections on this collection
    :param disable_anonymous_writes: forbid anonymous write access rules on its
        guest collections
    :param auto_delete_timeout: delete guest collections unused for this many days
    :param policies: connector-specific policies (a :class:`CollectionPolicies` or a
        dict)
    """

    def __init__(
        self,
        *,
        # data type
        data_type: str | None = None,
        # > common args start <
        # strs
        collection_base_path: str | None = None,
        contact_email: str | None = None,
        contact_info: str | None = None,
        default_directory: str | None = None,
        department: str | None = None,
        description: str | None = None,
        display_name: str | None = None,
        identity_id: uuid.UUID | str | None = None,
        info_link: str | None = None,
        organization: str | None = None,
        restrict_transfers_to_high_assurance: (
            t.Literal["inbound", "outbound", "all"] | None
        ) = None,
        user_message: str | None = None,
        user_message_link: str | None = None,
        # str lists
        keywords: t.Iterable[str] | None = None,
        # bools
        disable_verify: bool | None = None,
        enable_https: bool | None = None,
        force_encryption: bool | None = None,
        force_verify: bool | None = None,
        public: bool | None = None,
        # ints
        acl_expiration_mins: int | None = None,
        # > common args end <
        # > specific args start <
        # strs
        domain_name: str | None = None,
        guest_auth_policy_id: uuid.UUID | str | None = None,
        storage_gateway_id: uuid.UUID | str | None = None,
        # str lists
        sharing_users_allow: t.Iterable[str] | None = None,
        sharing_users_deny: t.Iterable[str] | None = None,
        # dicts
        sharing_restrict_paths: dict[str, t.Any] | None = None,
        # bools
        delete_protected: bool | None = None,
        allow_guest_collections: bool | None = None,
        disable_anonymous_writes: bool | None = None,
        # ints
        auto_delete_timeout: int | None = None,
        # dicts
        associated_flow_policy: dict[str, t.Any] | None = None,
        policies: CollectionPolicies | dict[str, t.Any] | None = None,
        # > specific args end <
        # additional fields
        additional_fields: dict[str, t.Any] | None = None,
    ) -> None:
        super().__init__(
            data_type=data_type,
            collection_base_path=collection_base_path,
            contact_email=contact_email,
            contact_info=contact_info,
            default_directory=default_directory,
            department=department,
            description=description,
            display_name=display_name,
            identity_id=identity_id,
            info_link=info_link,
            organization=organization,
            restrict_transfers_to_high_assurance=restrict_transfers_to_high_assurance,
            user_message=user_message,
            user_message_link=user_message_link,
            keywords=keywords,
            disable_verify=disable_verify,
            enable_https=enable_https,
            force_encryption=force_encryption,
            force_verify=force_verify,
            public=public,
            acl_expiration_mins=acl_expiration_mins,
            associated_flow_policy=associated_flow_policy,
            additional_fields=additional_fields,
        )
        self._set_optstrs(
            domain_name=domain_name,
            guest_auth_policy_id=guest_auth_policy_id,
            storage_gateway_id=storage_gateway_id,
        )
        self._set_optstrlists(
            sharing_users_allow=sharing_users_allow,
            sharing_users_deny=sharing_users_deny,
        )
        self._set_optbools(
            delete_protected=delete_protected,
            allow_guest_collections=allow_guest_collections,
            disable_anonymous_writes=disable_anonymous_writes,
        )
        self._set_optints(auto_delete_timeout=auto_delete_timeout)
        self._set_value("sharing_restrict_paths", sharing_restrict_paths)
        self._set_value("policies", policies)
        ensure_datatype(self)

    @property
    def collection_type(self) -> str:
        return "mapped"


class GuestCollectionDocument(CollectionDocument):
    """
    A guest collection for ``create_collection`` or ``update_collection``. Accepts
    every parameter of :class:`CollectionDocument`, and:

    :param mapped_collection_id: the mapped collection hosting this guest collection
        (required for creation)
    :param user_credential_id: the user credential used to access the data; it must
        belong to the collection's ``identity_id`` (required for creation)
    :param skip_auto_delete: exempt this collection from the mapped collection's
        ``auto_delete_timeout``
    :param activity_notification_policy: which transfer activity is emailed to the
        collection's administrators, e.g. ``{"transfer": ["SUCCEEDED", "FAILED"]}``
    """

    def __init__(
        self,
        *,
        # data type
        data_type: str | None = None,
        # > common args start <
        # strs
        collection_base_path: str | None = None,
        contact_email: str | None = None,
        contact_info: str | None = None,
        default_directory: str | None = None,
        department: str | None = None,
        description: str | None = None,
        display_name: str | None = None,
        identity_id: uuid.UUID | str | None = None,
        info_link: str | None = None,
        organization: str | None = None,
        restrict_transfers_to_high_assurance: (
            t.Literal["inbound", "outbound", "all"] | None
        ) = None,
        user_message: str | None = None,
        user_message_link: str | None = None,
        # str lists
        keywords: t.Iterable[str] | None = None,
        # bools
        disable_verify: bool | None = None,
        enable_https: bool | None = None,
        force_encryption: bool | None = None,
        force_verify: bool | None = None,
        public: bool | None = None,
        # ints
        acl_expiration_mins: int | None = None,
        # dicts
        associated_flow_policy: dict[str, t.Any] | None = None,
        # > common args end <
        # > specific args start <
        mapped_collection_id: uuid.UUID | str | None = None,
        user_credential_id: uuid.UUID | str | None = None,
        skip_auto_delete: bool | None = None,
        activity_notification_policy: dict[str, list[str]] | None = None,
        # > specific args end <
        # additional fields
        additional_fields: dict[str, t.Any] | None = None,
    ) -> None:
        super().__init__(
            data_type=data_type,
            collection_base_path=collection_base_path,
            contact_email=contact_email,
            contact_info=contact_info,
            default_directory=default_directory,
            department=department,
            description=description,
            display_name=display_name,
            identity_id=identity_id,
            info_link=info_link,
            organization=organization,
            restrict_transfers_to_high_assurance=restrict_transfers_to_high_assurance,
            user_message=user_message,
            user_message_link=user_message_link,
            keywords=keywords,
            disable_verify=disable_verify,
            enable_https=enable_https,
            force_encryption=force_encryption,
            force_verify=force_verify,
            public=public,
            acl_expiration_mins=acl_expiration_mins,
            associated_flow_policy=associated_flow_policy,
            additional_fields=additional_fields,
        )
        self._set_optstrs(
            mapped_collection_id=mapped_collection_id,
            user_credential_id=user_credential_id,
        )
        self._set_optbools(skip_auto_delete=skip_auto_delete)
        self._set_value("activity_notification_policy", activity_notification_policy)
        ensure_datatype(self)

    @property
    def collection_type(self) -> str:
        return "guest"


class CollectionPolicies(PayloadWrapper, abc.ABC):
    """
    The base of connector-specific collection policies, the ``policies`` of a
    :class:`MappedCollectionDocument`. Use a subclass, or a dict for connectors
    without one.
    """


class POSIXCollectionPolicies(CollectionPolicies):
    """
    Policies of a mapped collection on a POSIX storage gateway.

    :param DATA_TYPE: the document version
    :param sharing_groups_allow: POSIX groups whose members may create guest
        collections (a group name or an iterable of them)
    :param sharing_groups_deny: POSIX groups whose members may not create guest
        collections
    :param additional_fields: more fields, included as given
    """

    def __init__(
        self,
        DATA_TYPE: str = "posix_collection_policies#1.0.0",
        sharing_groups_allow: None | str | t.Iterable[str] = None,
        sharing_groups_deny: None | str | t.Iterable[str] = None,
        additional_fields: dict[str, t.Any] | None = None,
    ) -> None:
        super().__init__()
        self._set_optstrs(DATA_TYPE=DATA_TYPE)
        self._set_optstrlists(
            sharing_groups_allow=sharing_groups_allow,
            sharing_groups_deny=sharing_groups_deny,
        )
        self.update(additional_fields or {})


class POSIXStagingCollectionPolicies(CollectionPolicies):
    """
    Policies of a mapped collection on a POSIX Staging storage gateway.

    :param DATA_TYPE: the document version
    :param sharing_groups_allow: POSIX groups whose members may create guest
        collections (a group name or an iterable of them)
    :param sharing_groups_deny: POSIX groups whose members may not create guest
        collections
    :param additional_fields: more fields, included as given
    """

    def __init__(
        self,
        DATA_TYPE: str = "posix_staging_collection_policies#1.0.0",
        sharing_groups_allow: None | str | t.Iterable[str] = None,
        sharing_groups_deny: None | str | t.Iterable[str] = None,
        additional_fields: dict[str, t.Any] | None = None,
    ) -> None:
        super().__init__()
        self._set_optstrs(DATA_TYPE=DATA_TYPE)
        self._set_optstrlists(
            sharing_groups_allow=sharing_groups_allow,
            sharing_groups_deny=sharing_groups_deny,
        )
        self.update(additional_fields or {})


class GoogleCloudStorageCollectionPolicies(CollectionPolicies):
    """
    Policies of a mapped collection on a Google Cloud Storage gateway.

    :param DATA_TYPE: the document version
    :param project: the Google Cloud project used for requests
    :param additional_fields: more fields, included as given
    """

    def __init__(
        self,
        DATA_TYPE: str = "google_cloud_storage_collection_policies#1.0.0",
        project: str | None = None,
        additional_fields: dict[str, t.Any] | None = None,
    ) -> None:
        super().__init__()
        self._set_optstrs(DATA_TYPE=DATA_TYPE, project=project)
        self.update(additional_fields or {})
