"""
globus_sdk: a typed, synchronous Python SDK for the Globus platform.

``import globus_sdk`` is cheap: names are imported on first use from the one export
table below (nothing here imports requests, jwt or cryptography until a name that
needs them is used).
"""

from __future__ import annotations

import importlib
import sys
import typing as t

from .version import __version__ as __version__

# the one export table: public module -> names it provides at the top level
_LAZY_IMPORT_TABLE: dict[str, tuple[str, ...]] = {
    "globus_sdk.authorizers": (
        "AccessTokenAuthorizer",
        "BasicAuthorizer",
        "ClientCredentialsAuthorizer",
        "NullAuthorizer",
        "RefreshTokenAuthorizer",
    ),
    "globus_sdk.client": (
        "BaseClient",
    ),
    "globus_sdk.exc": (
        "ErrorSubdocument",
        "GlobusAPIError",
        "GlobusConnectionError",
        "GlobusConnectionTimeoutError",
        "GlobusError",
        "GlobusSDKUsageError",
        "GlobusTimeoutError",
        "NetworkError",
        "RemovedInV4Warning",
        "ValidationError",
    ),
    "globus_sdk.globus_app": (
        "ClientApp",
        "GlobusApp",
        "GlobusAppConfig",
        "UserApp",
    ),
    "globus_sdk.local_endpoint": (
        "GlobusConnectPersonalOwnerInfo",
        "LocalGlobusConnectPersonal",
        "LocalGlobusConnectServer",
    ),
    "globus_sdk.response": (
        "ArrayResponse",
        "GlobusHTTPResponse",
        "IterableResponse",
    ),
    "globus_sdk.scopes": (
        "Scope",
        "ScopeCycleError",
        "ScopeParseError",
    ),
    "globus_sdk.services.auth": (
        "AuthAPIError",
        "AuthClient",
        "AuthLoginClient",
        "ConfidentialAppAuthClient",
        "DependentScopeSpec",
        "GetConsentsResponse",
        "GetIdentitiesResponse",
        "IDTokenDecoder",
        "IdentityMap",
        "NativeAppAuthClient",
        "OAuthAuthorizationCodeResponse",
        "OAuthClientCredentialsResponse",
        "OAuthDependentTokenResponse",
        "OAuthRefreshTokenResponse",
        "OAuthTokenResponse",
    ),
    "globus_sdk.services.compute": (
        "ComputeAPIError",
        "ComputeClientV2",
        "ComputeClientV3",
        "ComputeFunctionDocument",
        "ComputeFunctionMetadata",
    ),
    "globus_sdk.services.compute.deprecated_client": (
        "ComputeClient",
    ),
    "globus_sdk.services.flows": (
        "FlowsAPIError",
        "FlowsClient",
        "IterableFlowsResponse",
        "RunActivityNotificationPolicy",
        "SpecificFlowClient",
    ),
    "globus_sdk.services.gcs": (
        "ActiveScaleStoragePolicies",
        "AzureBlobStoragePolicies",
        "BlackPearlStoragePolicies",
        "BoxStoragePolicies",
        "CephStoragePolicies",
        "CollectionDocument",
        "CollectionPolicies",
        "ConnectorTable",
        "EndpointDocument",
        "GCSAPIError",
        "GCSClient",
        "GCSRoleDocument",
        "GlobusConnectServerConnector",
        "GoogleCloudStorageCollectionPolicies",
        "GoogleCloudStoragePolicies",
        "GoogleDriveStoragePolicies",
        "GuestCollectionDocument",
        "HPSSStoragePolicies",
        "IrodsStoragePolicies",
        "IterableGCSResponse",
        "MappedCollectionDocument",
        "OneDriveStoragePolicies",
        "POSIXCollectionPolicies",
        "POSIXStagingCollectionPolicies",
        "POSIXStagingStoragePolicies",
        "POSIXStoragePolicies",
        "S3StoragePolicies",
        "StorageGatewayDocument",
        "StorageGatewayPolicies",
        "UnpackingGCSResponse",
        "UserCredentialDocument",
    ),
    "globus_sdk.services.groups": (
        "BatchMembershipActions",
        "GroupMemberVisibility",
        "GroupPolicies",
        "GroupRequiredSignupFields",
        "GroupRole",
        "GroupVisibility",
        "GroupsAPIError",
        "GroupsClient",
        "GroupsManager",
    ),
    "globus_sdk.services.search": (
        "SearchAPIError",
        "SearchClient",
        "SearchQuery",
        "SearchQueryV1",
        "SearchScrollQuery",
    ),
    "globus_sdk.services.timer": (
        "TimerAPIError",
        "TimerClient",
    ),
    "globus_sdk.services.timers": (
        "OnceTimerSchedule",
        "RecurringTimerSchedule",
        "TimerJob",
        "TimersAPIError",
        "TimersClient",
        "TransferTimer",
    ),
    "globus_sdk.services.transfer": (
        "ActivationRequirementsResponse",
        "DeleteData",
        "IterableTransferResponse",
        "TransferAPIError",
        "TransferClient",
        "TransferData",
    ),
    "globus_sdk.utils": (
        "MISSING",
        "MissingType",
    ),
}

# names kept for compatibility whose lookup emits a RemovedInV4Warning
_DEPRECATED_ALIASES = frozenset({"ComputeClient", "TimerAPIError", "TimerClient"})

_NAME_TO_MODULE: dict[str, str] = {
    name: module for module, names in _LAZY_IMPORT_TABLE.items() for name in names
}

__all__ = tuple(
    sorted(["__version__", "_force_eager_imports", *_NAME_TO_MODULE])
)


def __getattr__(name: str) -> t.Any:
    module_name = _NAME_TO_MODULE.get(name)
    if module_name is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module_name), name)
    if name not in _DEPRECATED_ALIASES:  # deprecated names warn on every lookup
        setattr(sys.modules[__name__], name, value)
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


def _force_eager_imports() -> None:
    """Import every lazily exported name now (for tools that need them all)."""
    for name in _NAME_TO_MODULE:
        __getattr__(name)


if t.TYPE_CHECKING:  # the same table, spelled out for type checkers
    from globus_sdk.authorizers import (
        AccessTokenAuthorizer as AccessTokenAuthorizer,
    )
    from globus_sdk.authorizers import (
        BasicAuthorizer as BasicAuthorizer,
    )
    from globus_sdk.authorizers import (
        ClientCredentialsAuthorizer as ClientCredentialsAuthorizer,
    )
    from globus_sdk.authorizers import (
        NullAuthorizer as NullAuthorizer,
    )
    from globus_sdk.authorizers import (
        RefreshTokenAuthorizer as RefreshTokenAuthorizer,
    )
    from globus_sdk.client import (
        BaseClient as BaseClient,
    )
    from globus_sdk.exc import (
        ErrorSubdocument as ErrorSubdocument,
    )
    from globus_sdk.exc import (
        GlobusAPIError as GlobusAPIError,
    )
    from globus_sdk.exc import (
        GlobusConnectionError as GlobusConnectionError,
    )
    from globus_sdk.exc import (
        GlobusConnectionTimeoutError as GlobusConnectionTimeoutError,
    )
    from globus_sdk.exc import (
        GlobusError as GlobusError,
    )
    from globus_sdk.exc import (
        GlobusSDKUsageError as GlobusSDKUsageError,
    )
    from globus_sdk.exc import (
        GlobusTimeoutError as GlobusTimeoutError,
    )
    from globus_sdk.exc import (
        NetworkError as NetworkError,
    )
    from globus_sdk.exc import (
        RemovedInV4Warning as RemovedInV4Warning,
    )
    from globus_sdk.exc import (
        ValidationError as ValidationError,
    )
    from globus_sdk.globus_app import (
        ClientApp as ClientApp,
    )
    from globus_sdk.globus_app import (
        GlobusApp as GlobusApp,
    )
    from globus_sdk.globus_app import (
        GlobusAppConfig as GlobusAppConfig,
    )
    from globus_sdk.globus_app import (
        UserApp as UserApp,
    )
    from globus_sdk.local_endpoint import (
        GlobusConnectPersonalOwnerInfo as GlobusConnectPersonalOwnerInfo,
    )
    from globus_sdk.local_endpoint import (
        LocalGlobusConnectPersonal as LocalGlobusConnectPersonal,
    )
    from globus_sdk.local_endpoint import (
        LocalGlobusConnectServer as LocalGlobusConnectServer,
    )
    from globus_sdk.response import (
        ArrayResponse as ArrayResponse,
    )
    from globus_sdk.response import (
        GlobusHTTPResponse as GlobusHTTPResponse,
    )
    from globus_sdk.response import (
        IterableResponse as IterableResponse,
    )
    from globus_sdk.scopes import (
        Scope as Scope,
    )
    from globus_sdk.scopes import (
        ScopeCycleError as ScopeCycleError,
    )
    from globus_sdk.scopes import (
        ScopeParseError as ScopeParseError,
    )
    from globus_sdk.services.auth import (
        AuthAPIError as AuthAPIError,
    )
    from globus_sdk.services.auth import (
        AuthClient as AuthClient,
    )
    from globus_sdk.services.auth import (
        AuthLoginClient as AuthLoginClient,
    )
    from globus_sdk.services.auth import (
        ConfidentialAppAuthClient as ConfidentialAppAuthClient,
    )
    from globus_sdk.services.auth import (
        DependentScopeSpec as DependentScopeSpec,
    )
    from globus_sdk.services.auth import (
        GetConsentsResponse as GetConsentsResponse,
    )
    from globus_sdk.services.auth import (
        GetIdentitiesResponse as GetIdentitiesResponse,
    )
    from globus_sdk.services.auth import (
        IdentityMap as IdentityMap,
    )
    from globus_sdk.services.auth import (
        IDTokenDecoder as IDTokenDecoder,
    )
    from globus_sdk.services.auth import (
        NativeAppAuthClient as NativeAppAuthClient,
    )
    from globus_sdk.services.auth import (
        OAuthAuthorizationCodeResponse as OAuthAuthorizationCodeResponse,
    )
    from globus_sdk.services.auth import (
        OAuthClientCredentialsResponse as OAuthClientCredentialsResponse,
    )
    from globus_sdk.services.auth import (
        OAuthDependentTokenResponse as OAuthDependentTokenResponse,
    )
    from globus_sdk.services.auth import (
        OAuthRefreshTokenResponse as OAuthRefreshTokenResponse,
    )
    from globus_sdk.services.auth import (
        OAuthTokenResponse as OAuthTokenResponse,
    )
    from globus_sdk.services.compute import (
        ComputeAPIError as ComputeAPIError,
    )
    from globus_sdk.services.compute import (
        ComputeClientV2 as ComputeClientV2,
    )
    from globus_sdk.services.compute import (
        ComputeClientV3 as ComputeClientV3,
    )
    from globus_sdk.services.compute import (
        ComputeFunctionDocument as ComputeFunctionDocument,
    )
    from globus_sdk.services.compute import (
        ComputeFunctionMetadata as ComputeFunctionMetadata,
    )
    from globus_sdk.services.compute.deprecated_client import (
        ComputeClient as ComputeClient,
    )
    from globus_sdk.services.flows import (
        FlowsAPIError as FlowsAPIError,
    )
    from globus_sdk.services.flows import (
        FlowsClient as FlowsClient,
    )
    from globus_sdk.services.flows import (
        IterableFlowsResponse as IterableFlowsResponse,
    )
    from globus_sdk.services.flows import (
        RunActivityNotificationPolicy as RunActivityNotificationPolicy,
    )
    from globus_sdk.services.flows import (
        SpecificFlowClient as SpecificFlowClient,
    )
    from globus_sdk.services.gcs import (
        ActiveScaleStoragePolicies as ActiveScaleStoragePolicies,
    )
    from globus_sdk.services.gcs import (
        AzureBlobStoragePolicies as AzureBlobStoragePolicies,
    )
    from globus_sdk.services.gcs import (
        BlackPearlStoragePolicies as BlackPearlStoragePolicies,
    )
    from globus_sdk.services.gcs import (
        BoxStoragePolicies as BoxStoragePolicies,
    )
    from globus_sdk.services.gcs import (
        CephStoragePolicies as CephStoragePolicies,
    )
    from globus_sdk.services.gcs import (
        CollectionDocument as CollectionDocument,
    )
    from globus_sdk.services.gcs import (
        CollectionPolicies as CollectionPolicies,
    )
    from globus_sdk.services.gcs import (
        ConnectorTable as ConnectorTable,
    )
    from globus_sdk.services.gcs import (
        EndpointDocument as EndpointDocument,
    )
    from globus_sdk.services.gcs import (
        GCSAPIError as GCSAPIError,
    )
    from globus_sdk.services.gcs import (
        GCSClient as GCSClient,
    )
    from globus_sdk.services.gcs import (
        GCSRoleDocument as GCSRoleDocument,
    )
    from globus_sdk.services.gcs import (
        GlobusConnectServerConnector as GlobusConnectServerConnector,
    )
    from globus_sdk.services.gcs import (
        GoogleCloudStorageCollectionPolicies as GoogleCloudStorageCollectionPolicies,
    )
    from globus_sdk.services.gcs import (
        GoogleCloudStoragePolicies as GoogleCloudStoragePolicies,
    )
    from globus_sdk.services.gcs import (
        GoogleDriveStoragePolicies as GoogleDriveStoragePolicies,
    )
    from globus_sdk.services.gcs import (
        GuestCollectionDocument as GuestCollectionDocument,
    )
    from globus_sdk.services.gcs import (
        HPSSStoragePolicies as HPSSStoragePolicies,
    )
    from globus_sdk.services.gcs import (
        IrodsStoragePolicies as IrodsStoragePolicies,
    )
    from globus_sdk.services.gcs import (
        IterableGCSResponse as IterableGCSResponse,
    )
    from globus_sdk.services.gcs import (
        MappedCollectionDocument as MappedCollectionDocument,
    )
    from globus_sdk.services.gcs import (
        OneDriveStoragePolicies as OneDriveStoragePolicies,
    )
    from globus_sdk.services.gcs import (
        POSIXCollectionPolicies as POSIXCollectionPolicies,
    )
    from globus_sdk.services.gcs import (
        POSIXStagingCollectionPolicies as POSIXStagingCollectionPolicies,
    )
    from globus_sdk.services.gcs import (
        POSIXStagingStoragePolicies as POSIXStagingStoragePolicies,
    )
    from globus_sdk.services.gcs import (
        POSIXStoragePolicies as POSIXStoragePolicies,
    )
    from globus_sdk.services.gcs import (
        S3StoragePolicies as S3StoragePolicies,
    )
    from globus_sdk.services.gcs import (
        StorageGatewayDocument as StorageGatewayDocument,
    )
    from globus_sdk.services.gcs import (
        StorageGatewayPolicies as StorageGatewayPolicies,
    )
    from globus_sdk.services.gcs import (
        UnpackingGCSResponse as UnpackingGCSResponse,
    )
    from globus_sdk.services.gcs import (
        UserCredentialDocument as UserCredentialDocument,
    )
    from globus_sdk.services.groups import (
        BatchMembershipActions as BatchMembershipActions,
    )
    from globus_sdk.services.groups import (
        GroupMemberVisibility as GroupMemberVisibility,
    )
    from globus_sdk.services.groups import (
        GroupPolicies as GroupPolicies,
    )
    from globus_sdk.services.groups import (
        GroupRequiredSignupFields as GroupRequiredSignupFields,
    )
    from globus_sdk.services.groups import (
        GroupRole as GroupRole,
    )
    from globus_sdk.services.groups import (
        GroupsAPIError as GroupsAPIError,
    )
    from globus_sdk.services.groups import (
        GroupsClient as GroupsClient,
    )
    from globus_sdk.services.groups import (
        GroupsManager as GroupsManager,
    )
    from globus_sdk.services.groups import (
        GroupVisibility as GroupVisibility,
    )
    from globus_sdk.services.search import (
        SearchAPIError as SearchAPIError,
    )
    from globus_sdk.services.search import (
        SearchClient as SearchClient,
    )
    from globus_sdk.services.search import (
        SearchQuery as SearchQuery,
    )
    from globus_sdk.services.search import (
        SearchQueryV1 as SearchQueryV1,
    )
    from globus_sdk.services.search import (
        SearchScrollQuery as SearchScrollQuery,
    )
    from globus_sdk.services.timer import (
        TimerAPIError as TimerAPIError,
    )
    from globus_sdk.services.timer import (
        TimerClient as TimerClient,
    )
    from globus_sdk.services.timers import (
        OnceTimerSchedule as OnceTimerSchedule,
    )
    from globus_sdk.services.timers import (
        RecurringTimerSchedule as RecurringTimerSchedule,
    )
    from globus_sdk.services.timers import (
        TimerJob as TimerJob,
    )
    from globus_sdk.services.timers import (
        TimersAPIError as TimersAPIError,
    )
    from globus_sdk.services.timers import (
        TimersClient as TimersClient,
    )
    from globus_sdk.services.timers import (
        TransferTimer as TransferTimer,
    )
    from globus_sdk.services.transfer import (
        ActivationRequirementsResponse as ActivationRequirementsResponse,
    )
    from globus_sdk.services.transfer import (
        DeleteData as DeleteData,
    )
    from globus_sdk.services.transfer import (
        IterableTransferResponse as IterableTransferResponse,
    )
    from globus_sdk.services.transfer import (
        TransferAPIError as TransferAPIError,
    )
    from globus_sdk.services.transfer import (
        TransferClient as TransferClient,
    )
    from globus_sdk.services.transfer import (
        TransferData as TransferData,
    )
    from globus_sdk.utils import (
        MISSING as MISSING,
    )
    from globus_sdk.utils import (
        MissingType as MissingType,
    )
