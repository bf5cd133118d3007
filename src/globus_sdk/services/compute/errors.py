"""The error raised by the Globus Compute clients."""

from __future__ import annotations

from globus_sdk import exc


class ComputeAPIError(exc.GlobusAPIError):
    """
    An error response from the Globus Compute API.

    Besides the shapes every :class:`~globus_sdk.GlobusAPIError` understands, Compute
    errors may carry their message as ``reason``
    (``{"code": ..., "reason": "...", "error_args": [...]}``).
    """

    def _post_parse_hook(self) -> bool:
        body = self.raw_json
        if body is None or not isinstance(body.get("reason"), str):
            return False
        if any(isinstance(body.get(f), str) for f in self.MESSAGE_FIELDS):
            return False  # the usual parsing finds a message
        self._parse_single_document(body)
        if not self.messages:
            self.messages = [body["reason"]]
        return True
