"""``TimersAPIError``: an error response from Globus Timers."""

from __future__ import annotations

import typing as t

from globus_sdk import exc
from globus_sdk.exc.api import ErrorSubdocument

# the fields of an ``error`` object which may hold its message, in order of preference
_ERROR_MESSAGE_FIELDS = ("detail", "message", "title", "description")


class TimersAPIError(exc.GlobusAPIError):
    """
    An error response from Globus Timers.

    Timers uses two error shapes besides the common ones:

    - ``{"error": {"code": ..., "detail": ...}}``: one error subdocument, whose
      ``code`` and detail become the error's ``code`` and ``messages``;
    - ``{"detail": [{"loc": [...], "msg": "...", "type": "..."}, ...]}`` (input
      validation errors): one subdocument per item, ``code`` is
      ``"Validation Error"`` and each message reads like
      ``"field required: body.callback_url"``.

    Any other body is parsed as :class:`~globus_sdk.GlobusAPIError` parses it.
    """

    def _post_parse_hook(self) -> bool:
        body = self._dict_data
        error = body.get("error")
        if isinstance(error, dict):
            sub = ErrorSubdocument(error, message_fields=_ERROR_MESSAGE_FIELDS)
            self.errors = [sub]
            if sub.code is not None:
                self.code = sub.code
            self.messages = [sub.message] if sub.message else []
            return True
        detail = body.get("detail")
        if isinstance(detail, list):
            # the service gives no code for these; this one names what they are
            self.code = "Validation Error"
            items = [item for item in detail if isinstance(item, dict)]
            self.errors = [
                ErrorSubdocument(item, message_fields=("msg",)) for item in items
            ]
            self.messages = [
                message
                for message in (_validation_message(item) for item in items)
                if message is not None
            ]
            return True
        return False


def _validation_message(item: dict[str, t.Any]) -> str | None:
    """``"<msg>: <loc joined with dots>"`` for one validation error, if it has a msg."""
    msg = item.get("msg")
    if not isinstance(msg, str):
        return None
    loc = item.get("loc")
    if isinstance(loc, (list, tuple)) and loc:
        return f"{msg}: {'.'.join(str(part) for part in loc)}"
    return msg
