"""``FlowsAPIError``: an error response from Globus Flows."""

from __future__ import annotations

import typing as t

from globus_sdk import exc
from globus_sdk.exc.api import ErrorSubdocument

# the fields of an ``error`` object which may hold its message, in order of preference
_ERROR_MESSAGE_FIELDS = ("detail", "message", "title", "description")


class FlowsAPIError(exc.GlobusAPIError):
    """
    An error response from Globus Flows.

    Flows reports most errors as ``{"error": {"code": ..., "detail": ...}}``, where
    ``detail`` is a string, or a list of validation errors shaped like
    ``{"loc": [...], "msg": "...", "type": "..."}``. Such a body is read as one error
    subdocument: ``code`` is its ``code`` and ``messages`` its detail string or the
    ``msg`` of each validation error.

    A body with a top-level list of validation errors (``{"detail": [...]}``) gives one
    subdocument per validation error and messages like ``"field required: body.title"``.

    Any other body (another JSON shape, HTML, truncated JSON) is parsed as
    :class:`~globus_sdk.GlobusAPIError` parses it.
    """

    def _post_parse_hook(self) -> bool:
        body = self._dict_data
        error = body.get("error")
        if isinstance(error, dict):
            self._parse_error_object(error)
            return True
        detail = body.get("detail")
        if isinstance(detail, list):
            self._parse_validation_list(detail)
            return True
        return False

    def _parse_error_object(self, error: dict[str, t.Any]) -> None:
        self.errors = [ErrorSubdocument(error, message_fields=_ERROR_MESSAGE_FIELDS)]
        code = error.get("code")
        if isinstance(code, str):
            self.code = code
        detail = error.get("detail")
        if isinstance(detail, list):
            self.messages = [
                item["msg"]
                for item in detail
                if isinstance(item, dict) and isinstance(item.get("msg"), str)
            ]
        else:
            message = self.errors[0].message
            self.messages = [message] if message else []

    def _parse_validation_list(self, detail: list[t.Any]) -> None:
        items = [item for item in detail if isinstance(item, dict)]
        self.errors = [
            ErrorSubdocument(item, message_fields=("msg",)) for item in items
        ]
        self.messages = [
            message
            for message in (_validation_message(item) for item in items)
            if message is not None
        ]


def _validation_message(item: dict[str, t.Any]) -> str | None:
    """``"<msg>: <loc joined with dots>"`` for one validation error, if it has a msg."""
    msg = item.get("msg")
    if not isinstance(msg, str):
        return None
    loc = item.get("loc")
    if isinstance(loc, (list, tuple)) and loc:
        return f"{msg}: {'.'.join(str(part) for part in loc)}"
    return msg
