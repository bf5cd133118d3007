"""Storage gateway documents and the connector-specific storage gateway policies."""

from __future__ import annotations

import abc
import typing as t
import uuid

from globus_sdk.utils import PayloadWrapper

from ._common import DatatypeCallback, VersionTuple, ensure_datatype, masked_repr


class StorageGatewayPolicies(PayloadWrapper, abc.ABC):
    """
    The base of connector-specific storage gateway policies, the ``policies`` of a
    :class:`StorageGatewayDocument`. Use a subclass, or a dict for connectors without
    one. Credentials (``secret``, ``*_secret_key``...) are masked in ``repr()``.
    """

    def __repr__(self) -> str:
        return masked_repr(self)


class StorageGatewayDocument(PayloadWrapper):
    """
    A storage gateway for ``create_storage_gateway`` or ``update_storage_gateway``.

    Only the fields given are included. ``DATA_TYPE`` is deduced from the fields
    present (the lowest ``storage_gateway#X.Y.Z`` supporting them) unless given.

    :param DATA_TYPE: an explicit ``DATA_TYPE``; set it only to override the deduction
    :param display_name: the storage gateway's name
    :param connector_id: the connector to use (see :class:`ConnectorTable`)
    :param root: the root path on the storage that collections are relative to
    :param identity_mappings: how Globus identities map to local accounts: a list of
        ``expression_identity_mapping`` or ``external_identity_mapping`` documents
    :param policies: connector-specific policies (a :class:`StorageGatewayPolicies` or
        a dict)
    :param allowed_domains: identity domains allowed to access the storage
    :param high_assurance: require high assurance authentication
    :param require_mfa: require multi-factor authentication
        (``storage_gateway#1.1.0``)
    :param authentication_timeout_mins: how long (minutes) an authentication lasts for
        high assurance access
    :param users_allow: local usernames allowed to access the storage
    :param users_deny: local usernames denied access to the storage
    :param additional_fields: more fields, included as given
    """

    DATATYPE_BASE: str = "storage_gateway"
    DATATYPE_VERSION_IMPLICATIONS: dict[str, VersionTuple] = {"require_mfa": (1, 1, 0)}
    DATATYPE_VERSION_CALLBACKS: tuple[DatatypeCallback, ...] = ()

    def __init__(
        self,
        DATA_TYPE: str | None = None,
        display_name: str | None = None,
        connector_id: uuid.UUID | str | None = None,
        root: str | None = None,
        identity_mappings: None | t.Iterable[dict[str, t.Any]] = None,
        policies: StorageGatewayPolicies | dict[str, t.Any] | None = None,
        allowed_domains: t.Iterable[str] | None = None,
        high_assurance: bool | None = None,
        require_mfa: bool | None = None,
        authentication_timeout_mins: int | None = None,
        users_allow: t.Iterable[str] | None = None,
        users_deny: t.Iterable[str] | None = None,
        additional_fields: dict[str, t.Any] | None = None,
    ) -> None:
        super().__init__()
        self._set_optstrs(
            DATA_TYPE=DATA_TYPE,
            display_name=display_name,
            connector_id=connector_id,
            root=root,
        )
        self._set_optstrlists(
            allowed_domains=allowed_domains,
            users_allow=users_allow,
            users_deny=users_deny,
        )
        self._set_optbools(high_assurance=high_assurance, require_mfa=require_mfa)
        self._set_optints(authentication_timeout_mins=authentication_timeout_mins)
        self._set_value("identity_mappings", identity_mappings, callback=list)
        self._set_value("policies", policies)
        self.update(additional_fields or {})
        ensure_datatype(self)

    def __repr__(self) -> str:
        return masked_repr(self)


class POSIXStoragePolicies(StorageGatewayPolicies):
    """
    Policies of a POSIX storage gateway.

    :param DATA_TYPE: the document version
    :param groups_allow: POSIX groups whose members may access the storage
    :param groups_deny: POSIX groups whose members may not access the storage
    :param additional_fields: more fields, included as given
    """

    def __init__(
        self,
        DATA_TYPE: str = "posix_storage_policies#1.0.0",
        groups_allow: t.Iterable[str] | None = None,
        groups_deny: t.Iterable[str] | None = None,
        additional_fields: dict[str, t.Any] | None = None,
    ) -> None:
        super().__init__()
        self._set_optstrs(DATA_TYPE=DATA_TYPE)
        self._set_optstrlists(groups_allow=groups_allow, groups_deny=groups_deny)
        self.update(additional_fields or {})


class POSIXStagingStoragePolicies(StorageGatewayPolicies):
    """
    Policies of a POSIX Staging storage gateway (storage with a staging step, such as
    tape archives).

    :param DATA_TYPE: the document version
    :param groups_allow: POSIX groups whose members may access the storage
    :param groups_deny: POSIX groups whose members may not access the storage
    :param stage_app: the path of the program that stages files
    :param environment: variables for ``stage_app``, as
        ``{"name": ..., "value": ...}`` dicts
    :param additional_fields: more fields, included as given
    """

    def __init__(
        self,
        DATA_TYPE: str = "posix_staging_storage_policies#1.0.0",
        groups_allow: t.Iterable[str] | None = None,
        groups_deny: t.Iterable[str] | None = None,
        stage_app: str | None = None,
        environment: t.Iterable[dict[str, str]] | None = None,
        additional_fields: dict[str, t.Any] | None = None,
    ) -> None:
        super().__init__()
        self._set_optstrs(DATA_TYPE=DATA_TYPE, stage_app=stage_app)
        self._set_optstrlists(groups_allow=groups_allow, groups_deny=groups_deny)
        self._set_value(
            "environment", environment, callback=lambda env: [dict(e) for e in env]
        )
        self.update(additional_fields or {})


class BlackPearlStoragePolicies(StorageGatewayPolicies):
    """
    Policies of a BlackPearl storage gateway.

    :param DATA_TYPE: the document version
    :param s3_endpoint: the URL of the BlackPearl S3 endpoint
    :param bp_access_id_file: the file mapping local users to BlackPearl access ids
    :param additional_fields: more fields, included as given
    """

    def __init__(
        self,
        DATA_TYPE: str = "blackpearl_storage_policies#1.0.0",
        s3_endpoint: str | None = None,
        bp_access_id_file: str | None = None,
        additional_fields: dict[str, t.Any] | None = None,
    ) -> None:
        super().__init__()
        self._set_optstrs(
            DATA_TYPE=DATA_TYPE,
            s3_endpoint=s3_endpoint,
            bp_access_id_file=bp_access_id_file,
        )
        self.update(additional_fields or {})


class BoxStoragePolicies(StorageGatewayPolicies):
    """
    Policies of a Box storage gateway.

    :param DATA_TYPE: the document version
    :param enterpriseID: the Box enterprise id
    :param boxAppSettings: the Box application's settings (client id, secret, keys)
    :param additional_fields: more fields, included as given
    """

    def __init__(
        self,
        DATA_TYPE: str = "box_storage_policies#1.0.0",
        enterpriseID: str | None = None,
        boxAppSettings: dict[str, t.Any] | None = None,
        additional_fields: dict[str, t.Any] | None = None,
    ) -> None:
        super().__init__()
        self._set_optstrs(DATA_TYPE=DATA_TYPE, enterpriseID=enterpriseID)
        self._set_value("boxAppSettings", boxAppSettings)
        self.update(additional_fields or {})


class CephStoragePolicies(StorageGatewayPolicies):
    """
    Policies of a Ceph storage gateway.

    :param DATA_TYPE: the document version
    :param s3_endpoint: the URL of the Ceph S3 endpoint
    :param s3_buckets: the buckets to expose
    :param ceph_admin_key_id: the Ceph administrator's key id
    :param ceph_admin_secret_key: the Ceph administrator's secret key
    :param additional_fields: more fields, included as given
    """

    def __init__(
        self,
        DATA_TYPE: str = "ceph_storage_policies#1.0.0",
        s3_endpoint: str | None = None,
        s3_buckets: t.Iterable[str] | None = None,
        ceph_admin_key_id: str | None = None,
        ceph_admin_secret_key: str | None = None,
        additional_fields: dict[str, t.Any] | None = None,
    ) -> None:
        super().__init__()
        self._set_optstrs(
            DATA_TYPE=DATA_TYPE,
            s3_endpoint=s3_endpoint,
            ceph_admin_key_id=ceph_admin_key_id,
            ceph_admin_secret_key=ceph_admin_secret_key,
        )
        self._set_optstrlists(s3_buckets=s3_buckets)
        self.update(additional_fields or {})


class GoogleDriveStoragePolicies(StorageGatewayPolicies):
    """
    Policies of a Google Drive storage gateway.

    :param DATA_TYPE: the document version
    :param client_id: the Google API client id
    :param secret: the Google API client secret
    :param user_api_rate_quota: the per-user API rate quota
    :param additional_fields: more fields, included as given
    """

    def __init__(
        self,
        DATA_TYPE: str = "google_drive_storage_policies#1.0.0",
        client_id: str | None = None,
        secret: str | None = None,
        user_api_rate_quota: int | None = None,
        additional_fields: dict[str, t.Any] | None = None,
    ) -> None:
        super().__init__()
        self._set_optstrs(DATA_TYPE=DATA_TYPE, client_id=client_id, secret=secret)
        self._set_optints(user_api_rate_quota=user_api_rate_quota)
        self.update(additional_fields or {})


class GoogleCloudStoragePolicies(StorageGatewayPolicies):
    """
    Policies of a Google Cloud Storage gateway.

    :param DATA_TYPE: the document version
    :param client_id: the Google API client id
    :param secret: the Google API client secret
    :param service_account_key: a service account key (a parsed JSON key file)
    :param buckets: the buckets to expose
    :param projects: the projects whose buckets are exposed
    :param additional_fields: more fields, included as given
    """

    def __init__(
        self,
        DATA_TYPE: str = "google_cloud_storage_policies#1.0.0",
        client_id: str | None = None,
        secret: str | None = None,
        service_account_key: dict[str, t.Any] | None = None,
        buckets: t.Iterable[str] | None = None,
        projects: t.Iterable[str] | None = None,
        additional_fields: dict[str, t.Any] | None = None,
    ) -> None:
        super().__init__()
        self._set_optstrs(DATA_TYPE=DATA_TYPE, client_id=client_id, secret=secret)
        self._set_optstrlists(buckets=buckets, projects=projects)
        self._set_value("service_account_key", service_account_key)
        self.update(additional_fields or {})


class OneDriveStoragePolicies(StorageGatewayPolicies):
    """
    Policies of a OneDrive storage gateway.

    :param DATA_TYPE: the document version
    :param client_id: the Microsoft application (client) id
    :param secret: the Microsoft application secret
    :param tenant: the Microsoft tenant
    :param user_api_rate_limit: the per-user API rate limit
    :param additional_fields: more fields, included as given
    """

    def __init__(
        self,
        DATA_TYPE: str = "onedrive_storage_policies#1.0.0",
        client_id: str | None = None,
        secret: str | None = None,
        tenant: str | None = None,
        user_api_rate_limit: int | None = None,
        additional_fields: dict[str, t.Any] | None = None,
    ) -> None:
        super().__init__()
        self._set_optstrs(
            DATA_TYPE=DATA_TYPE, client_id=client_id, secret=secret, tenant=tenant
        )
        self._set_optints(user_api_rate_limit=user_api_rate_limit)
        self.update(additional_fields or {})


class AzureBlobStoragePolicies(StorageGatewayPolicies):
    """
    Policies of an Azure Blob storage gateway.

    :param DATA_TYPE: the document version
    :param client_id: the Azure application (client) id
    :param secret: the Azure application secret
    :param tenant: the Azure tenant
    :param account: the storage account
    :param auth_type: ``"user"`` or ``"service_principal"``: whose credentials
        access the storage
    :param adls: the account is Azure Data Lake Storage Gen2
    :param additional_fields: more fields, included as given
    """

    def __init__(
        self,
        DATA_TYPE: str = "azure_blob_storage_policies#1.0.0",
        client_id: str | None = None,
        secret: str | None = None,
        tenant: str | None = None,
        account: str | None = None,
        auth_type: str | None = None,
        adls: bool | None = None,
        additional_fields: dict[str, t.Any] | None = None,
    ) -> None:
        super().__init__()
        self._set_optstrs(
            DATA_TYPE=DATA_TYPE,
            client_id=client_id,
            secret=secret,
            tenant=tenant,
            account=account,
            auth_type=auth_type,
        )
        self._set_optbools(adls=adls)
        self.update(additional_fields or {})


class S3StoragePolicies(StorageGatewayPolicies):
    """
    Policies of an S3 storage gateway.

    :param DATA_TYPE: the document version
    :param s3_endpoint: the URL of the S3 endpoint
    :param s3_buckets: the buckets to expose
    :param s3_user_credential_required: users must register their own S3 keys (as
        user credentials)
    :param additional_fields: more fields, included as given
    """

    def __init__(
        self,
        DATA_TYPE: str = "s3_storage_policies#1.0.0",
        s3_endpoint: str | None = None,
        s3_buckets: t.Iterable[str] | None = None,
        s3_user_credential_required: bool | None = None,
        additional_fields: dict[str, t.Any] | None = None,
    ) -> None:
        super().__init__()
        self._set_optstrs(DATA_TYPE=DATA_TYPE, s3_endpoint=s3_endpoint)
        self._set_optstrlists(s3_buckets=s3_buckets)
        self._set_optbools(s3_user_credential_required=s3_user_credential_required)
        self.update(additional_fields or {})


class ActiveScaleStoragePolicies(S3StoragePolicies):
    """
    Policies of an ActiveScale storage gateway: ActiveScale is S3-compatible, so this
    is :class:`S3StoragePolicies` (same ``DATA_TYPE`` and parameters).
    """


class IrodsStoragePolicies(StorageGatewayPolicies):
    """
    Policies of an iRODS storage gateway.

    :param DATA_TYPE: the document version
    :param irods_environment_file: the iRODS environment file of the gateway
    :param irods_authentication_file: the iRODS authentication file of the gateway
    :param additional_fields: more fields, included as given
    """

    def __init__(
        self,
        DATA_TYPE: str = "irods_storage_policies#1.0.0",
        irods_environment_file: str | None = None,
        irods_authentication_file: str | None = None,
        additional_fields: dict[str, t.Any] | None = None,
    ) -> None:
        super().__init__()
        self._set_optstrs(
            DATA_TYPE=DATA_TYPE,
            irods_environment_file=irods_environment_file,
            irods_authentication_file=irods_authentication_file,
        )
        self.update(additional_fields or {})


class HPSSStoragePolicies(StorageGatewayPolicies):
    """
    Policies of an HPSS storage gateway.

    :param DATA_TYPE: the document version
    :param authentication_mech: the HPSS authentication mechanism (``"unix"`` or
        ``"krb5"``)
    :param authenticator: the path of the HPSS authenticator (keytab)
    :param uda_checksum_support: store checksums in HPSS user-defined attributes
    :param additional_fields: more fields, included as given
    """

    def __init__(
        self,
        DATA_TYPE: str = "hpss_storage_policies#1.0.0",
        authentication_mech: str | None = None,
        authenticator: str | None = None,
        uda_checksum_support: bool | None = None,
        additional_fields: dict[str, t.Any] | None = None,
    ) -> None:
        super().__init__()
        self._set_optstrs(
            DATA_TYPE=DATA_TYPE,
            authentication_mech=authentication_mech,
            authenticator=authenticator,
        )
        self._set_optbools(uda_checksum_support=uda_checksum_support)
        self.update(additional_fields or {})
