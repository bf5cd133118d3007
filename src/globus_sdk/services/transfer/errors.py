"""``TransferAPIError``: an error response from Globus Transfer."""

from __future__ import annotations

import typing as t

from globus_sdk import exc


class TransferAPIError(exc.GlobusAPIError):
    """
    An error response from Globus Transfer.

    Transfer errors are documents such as
    ``{"code": "ClientError.NotFound", "message": "...", "request_id": "..."}``;
    ``code``, ``message`` and ``request_id`` are read from them. Any other body (a
    list, a string, an HTML page, a null or numeric ``code``) is tolerated: ``code``
    then stays ``"Error"`` (or the number as a string) and the text is kept in
    ``raw_text``.

    :ivar request_id: the id of the failed request, to quote when contacting support
    """

    def _get_args(self) -> list[t.Any]:
        return [*super()._get_args(), self.request_id]
