"""Payload documents for the GCS Manager API."""

from .collection import (
    CollectionDocument,
    CollectionPolicies,
    GoogleCloudStorageCollectionPolicies,
    GuestCollectionDocument,
    MappedCollectionDocument,
    POSIXCollectionPolicies,
    POSIXStagingCollectionPolicies,
)
from .endpoint import EndpointDocument
from .role import GCSRoleDocument
from .storage_gateway import (
    ActiveScaleStoragePolicies,
    AzureBlobStoragePolicies,
    BlackPearlStoragePolicies,
    BoxStoragePolicies,
    CephStoragePolicies,
    GoogleCloudStoragePolicies,
    GoogleDriveStoragePolicies,
    HPSSStoragePolicies,
    IrodsStoragePolicies,
    OneDriveStoragePolicies,
    POSIXStagingStoragePolicies,
    POSIXStoragePolicies,
    S3StoragePolicies,
    StorageGatewayDocument,
    StorageGatewayPolicies,
)
from .user_credential import UserCredentialDocument

__all__ = (
    "ActiveScaleStoragePolicies",
    "AzureBlobStoragePolicies",
    "BlackPearlStoragePolicies",
    "BoxStoragePolicies",
    "CephStoragePolicies",
    "CollectionDocument",
    "CollectionPolicies",
    "EndpointDocument",
    "GCSRoleDocument",
    "GoogleCloudStorageCollectionPolicies",
    "GoogleCloudStoragePolicies",
    "GoogleDriveStoragePolicies",
    "GuestCollectionDocument",
    "HPSSStoragePolicies",
    "IrodsStoragePolicies",
    "MappedCollectionDocument",
    "OneDriveStoragePolicies",
    "POSIXCollectionPolicies",
    "POSIXStagingCollectionPolicies",
    "POSIXStagingStoragePolicies",
    "POSIXStoragePolicies",
    "S3StoragePolicies",
    "StorageGatewayDocument",
    "StorageGatewayPolicies",
    "UserCredentialDocument",
)
