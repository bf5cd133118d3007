from __future__ import annotations

from globus_sdk.response import IterableResponse


class GetProjectsResponse(IterableResponse):
    """The response of ``get_projects``; iterating yields the projects."""

    default_iter_key = "projects"
