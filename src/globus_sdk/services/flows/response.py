"""Iterable responses of the Flows API's listing operations."""

from __future__ import annotations

from globus_sdk.response import IterableResponse


class IterableFlowsResponse(IterableResponse):
    """A page of ``list_flows``; iterating yields its ``flows``."""

    default_iter_key = "flows"


class IterableRunsResponse(IterableResponse):
    """A page of ``list_runs``; iterating yields its ``runs``."""

    default_iter_key = "runs"


class IterableRunLogsResponse(IterableResponse):
    """A page of ``get_run_logs``; iterating yields its log ``entries``."""

    default_iter_key = "entries"
