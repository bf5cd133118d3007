"""The error raised by :class:`globus_sdk.SearchClient`."""

from __future__ import annotations

import typing as t

from globus_sdk import exc

if t.TYPE_CHECKING:
    import requests


class SearchAPIError(exc.GlobusAPIError):
    """
    An error response from the Search API. Besides the inherited ``code`` and
    ``message``, it carries ``error_data``.

    :ivar error_data: the ``error_data`` of the error document: a dict, a list, or
        None when the body has none (or is not a JSON object)
    """

    def __init__(self, r: requests.Response) -> None:
        self.error_data: dict[str, t.Any] | list[t.Any] | None = None
        super().__init__(r)

    def _post_parse_hook(self) -> bool:
        value = self._dict_data.get("error_data")
        self.error_data = value if isinstance(value, (dict, list)) else None
        # the rest of the document (code, message) has the common shape
        return False
