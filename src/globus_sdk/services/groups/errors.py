"""The error raised by :class:`globus_sdk.GroupsClient`."""

from __future__ import annotations

import typing as t

from globus_sdk import exc
from globus_sdk.exc.api import ErrorSubdocument

if t.TYPE_CHECKING:
    import requests


class GroupsAPIError(exc.GlobusAPIError):
    """
    An error response from the Groups API.

    Besides the shapes every :class:`~globus_sdk.GlobusAPIError` understands, this parses
    the Groups API's request-validation errors, whose ``detail`` is a list of
    ``{"loc": [...], "msg": "...", "type": "..."}`` objects: each becomes one of
    ``errors`` and its ``msg`` one of ``messages``.
    """

    def __init__(self, r: requests.Response, *args: t.Any, **kwargs: t.Any) -> None:
        super().__init__(r, *args, **kwargs)

    def _post_parse_hook(self) -> bool:
        body = self.raw_json
        if body is None or not isinstance(body.get("detail"), list):
            return False
        self.errors = [
            ErrorSubdocument(item, message_fields=("msg", "message", "detail"))
            for item in body["detail"]
            if isinstance(item, dict)
        ]
        code = body.get("code")
        if isinstance(code, str):
            self.code = code
        self.messages = [e.message for e in self.errors if e.message]
        return True
