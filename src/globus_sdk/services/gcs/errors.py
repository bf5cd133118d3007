"""The error raised by :class:`globus_sdk.GCSClient`."""

from __future__ import annotations

import typing as t

from globus_sdk import exc

if t.TYPE_CHECKING:
    import requests


class GCSAPIError(exc.GlobusAPIError):
    """
    An error response from a GCS Manager API.

    GCS errors are ``result`` documents with a ``code``, an ``http_response_code``
    and a ``detail``, which is a message or a document; for a document (for example
    an ``authentication_timeout`` asking for a fresh login) its ``DATA_TYPE`` is in
    :attr:`detail_data_type`.

    :ivar detail: the ``detail`` of the error (a string or a dict), or None
    :ivar detail_data_type: the ``DATA_TYPE`` of a ``detail`` document, or None
    """

    def __init__(self, r: requests.Response) -> None:
        # set before the base parses the body: the parse hook fills them in
        self.detail_data_type: str | None = None
        self.detail: None | str | dict[str, t.Any] = None
        super().__init__(r)

    def _get_args(self) -> list[t.Any]:
        return [*super()._get_args(), self.detail]

    def _post_parse_hook(self) -> bool:
        body = self.raw_json
        if body is None:
            return False
        detail = body.get("detail")
        if isinstance(detail, dict):
            self.detail = detail
            data_type = detail.get("DATA_TYPE")
            if isinstance(data_type, str):
                self.detail_data_type = data_type
        elif isinstance(detail, str):
            self.detail = detail
        # the common fields (code, message) are parsed as usual
        return False
