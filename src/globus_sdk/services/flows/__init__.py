"""Globus Flows: create, update and inspect flows and runs; start a specific flow."""

from .client import FlowsClient, SpecificFlowClient
from .data import RunActivityNotificationPolicy
from .errors import FlowsAPIError
from .response import (
    IterableFlowsResponse,
    IterableRunLogsResponse,
    IterableRunsResponse,
)

__all__ = (
    "FlowsAPIError",
    "FlowsClient",
    "IterableFlowsResponse",
    "IterableRunLogsResponse",
    "IterableRunsResponse",
    "RunActivityNotificationPolicy",
    "SpecificFlowClient",
)
