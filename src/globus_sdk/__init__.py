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

from .version import __version__

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
        BasicAuthorizer as BasicAuthorizer,
        ClientCredentialsAuthorizer as ClientCredentialsAuthorizer,
        NullAuthorizer as NullAuthorizer,
        RefreshTokenAuthorizer as RefreshTokenAuthorizer,
    )
    from globus_sdk.client import (
        BaseClient as BaseClient,
    )
    from globus_sdk.exc import (
        ErrorSubdocument as ErrorSubdocument,
        GlobusAPIError as GlobusAPIError,
        GlobusConnectionError as GlobusConnectionError,
        GlobusConnectionTimeoutError as GlobusConnectionTimeoutError,
        GlobusError as GlobusError,
        GlobusSDKUsageError as GlobusSDKUsageError,
        GlobusTimeoutError as GlobusTimeoutError,
        NetworkError as NetworkError,
        RemovedInV4Warning as RemovedInV4Warning,
        ValidationError as ValidationError,
    )
    from globus_sdk.globus_app import (
        ClientApp as ClientApp,
        GlobusApp as GlobusApp,
        GlobusAppConfig as GlobusAppConfig,
        UserApp as UserApp,
    )
    from globus_sdk.local_endpoint import (
        GlobusConnectPersonalOwnerInfo as GlobusConnectPersonalOwnerInfo,
        LocalGlobusConnectPersonal as LocalGlobusConnectPersonal,
        LocalGlobusConnectServer as LocalGlobusConnectServer,
    )
    from globus_sdk.response import (
        ArrayResponse as ArrayResponse,
        GlobusHTTPResponse as GlobusHTTPResponse,
        IterableResponse as IterableResponse,
    )
    from globus_sdk.scopes import (
        Scope as Scope,
        ScopeCycleError as ScopeCycleError,
        ScopeParseError as ScopeParseError,
    )
    from globus_sdk.services.auth import (
        AuthAPIError as AuthAPIError,
        AuthClient as AuthClient,
        AuthLoginClient as AuthLoginClient,
        ConfidentialAppAuthClient as ConfidentialAppAuthClient,
        DependentScopeSpec as DependentScopeSpec,
        GetConsentsResponse as GetConsentsResponse,
        GetIdentitiesResponse as GetIdentitiesResponse,
        IDTokenDecoder as IDTokenDecoder,
        IdentityMap as IdentityMap,
        NativeAppAuthClient as NativeAppAuthClient,
        OAuthAuthorizationCodeResponse as OAuthAuthorizationCodeResponse,
        OAuthClientCredentialsResponse as OAuthClientCredentialsResponse,
        OAuthDependentTokenResponse as OAuthDependentTokenResponse,
        OAuthRefreshTokenResponse as OAuthRefreshTokenResponse,
        OAuthTokenResponse as OAuthTokenResponse,
    )
    from globus_sdk.services.compute import (
        ComputeAPIError as ComputeAPIError,
        ComputeClientV2 as ComputeClientV2,
        ComputeClientV3 as ComputeClientV3,
        ComputeFunctionDocument as ComputeFunctionDocument,
        ComputeFunctionMetadata as ComputeFunctionMetadata,
    )
    from globus_sdk.services.compute.deprecated_client import (
        ComputeClient as ComputeClient,
    )
    from globus_sdk.services.flows import (
        FlowsAPIError as FlowsAPIError,
        FlowsClient as FlowsClient,
        IterableFlowsResponse as IterableFlowsResponse,
        RunActivityNotificationPolicy as RunActivityNotificationPolicy,
        SpecificFlowClient as SpecificFlowClient,
    )
    from globus_sdk.services.gcs import (
        ActiveScaleStoragePolicies as ActiveScaleStoragePolicies,
        AzureBlobStoragePolicies as AzureBlobStoragePolicies,
        BlackPearlStoragePolicies as BlackPearlStoragePolicies,
        BoxStoragePolicies as BoxStoragePolicies,
        CephStoragePolicies as CephStoragePolicies,
        CollectionDocument as CollectionDocument,
        CollectionPolicies as CollectionPolicies,
        ConnectorTable as ConnectorTable,
        EndpointDocument as EndpointDocument,
        GCSAPIError as GCSAPIError,
        GCSClient as GCSClient,
        GCSRoleDocument as GCSRoleDocument,
        GlobusConnectServerConnector as GlobusConnectServerConnector,
        GoogleCloudStorageCollectionPolicies as GoogleCloudStorageCollectionPolicies,
        GoogleCloudStoragePolicies as GoogleCloudStoragePolicies,
        GoogleDriveStoragePolicies as GoogleDriveStoragePolicies,
        GuestCollectionDocument as GuestCollectionDocument,
        HPSSStoragePolicies as HPSSStoragePolicies,
        IrodsStoragePolicies as IrodsStoragePolicies,
        IterableGCSResponse as IterableGCSResponse,
        MappedCollectionDocument as MappedCollectionDocument,
        OneDriveStoragePolicies as OneDriveStoragePolicies,
        POSIXCollectionPolicies as POSIXCollectionPolicies,
        POSIXStagingCollectionPolicies as POSIXStagingCollectionPolicies,
        POSIXStagingStoragePolicies as POSIXStagingStoragePolicies,
        POSIXStoragePolicies as POSIXStoragePolicies,
        S3StoragePolicies as S3StoragePolicies,
        StorageGatewayDocument as StorageGatewayDocument,
        StorageGatewayPolicies as StorageGatewayPolicies,
        UnpackingGCSResponse as UnpackingGCSResponse,
        UserCredentialDocument as UserCredentialDocument,
    )
    from globus_sdk.services.groups import (
        BatchMembershipActions as BatchMembershipActions,
        GroupMemberVisibility as GroupMemberVisibility,
        GroupPolicies as GroupPolicies,
        GroupRequiredSignupFields as GroupRequiredSignupFields,
        GroupRole as GroupRole,
        GroupVisibility as GroupVisibility,
        GroupsAPIError as GroupsAPIError,
        GroupsClient as GroupsClient,
        GroupsManager as GroupsManager,
    )
    from globus_sdk.services.search import (
        SearchAPIError as SearchAPIError,
        SearchClient as SearchClient,
        SearchQuery as SearchQuery,
        SearchQueryV1 as SearchQueryV1,
        SearchScrollQuery as SearchScrollQuery,
    )
    from globus_sdk.services.timer import (
        TimerAPIError as TimerAPIError,
        TimerClient as TimerClient,
    )
    from globus_sdk.services.timers import (
        OnceTimerSchedule as OnceTimerSchedule,
        RecurringTimerSchedule as RecurringTimerSchedule,
        TimerJob as TimerJob,
        TimersAPIError as TimersAPIError,
        TimersClient as TimersClient,
        TransferTimer as TransferTimer,
    )
    from globus_sdk.services.transfer import (
        ActivationRequirementsResponse as ActivationRequirementsResponse,
        DeleteData as DeleteData,
        IterableTransferResponse as IterableTransferResponse,
        TransferAPIError as TransferAPIError,
        TransferClient as TransferClient,
        TransferData as TransferData,
    )
    from globus_sdk.utils import (
        MISSING as MISSING,
        MissingType as MissingType,
    )
