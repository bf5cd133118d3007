"""The Globus Groups service: ``GroupsClient``, ``GroupsManager`` and payload helpers."""

from .client import GroupsClient
from .data import (
    BatchMembershipActions,
    GroupMemberVisibility,
    GroupPolicies,
    GroupRequiredSignupFields,
    GroupRole,
    GroupVisibility,
)
from .errors import GroupsAPIError
from .manager import GroupsManager

__all__ = (
    "BatchMembershipActions",
    "GroupMemberVisibility",
    "GroupPolicies",
    "GroupRequiredSignupFields",
    "GroupRole",
    "GroupVisibility",
    "GroupsAPIError",
    "GroupsClient",
    "GroupsManager",
)
