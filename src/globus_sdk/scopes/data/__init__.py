"""The scope builders of the Globus services, and builders for GCS and flows."""

from .auth import AuthScopes
from .compute import ComputeScopes
from .flows import FlowsScopes, SpecificFlowScopeBuilder
from .gcs import GCSCollectionScopeBuilder, GCSEndpointScopeBuilder
from .groups import GroupsScopes
from .nexus import NexusScopes
from .search import SearchScopes
from .timers import TimersScopes
from .transfer import TransferScopes

__all__ = (
    "AuthScopes",
    "ComputeScopes",
    "FlowsScopes",
    "GCSCollectionScopeBuilder",
    "GCSEndpointScopeBuilder",
    "GroupsScopes",
    "NexusScopes",
    "SearchScopes",
    "SpecificFlowScopeBuilder",
    "TimersScopes",
    "TransferScopes",
)
