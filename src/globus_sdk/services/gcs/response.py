"""Response classes of the GCS Manager API."""

from __future__ import annotations

import re
import typing as t

from globus_sdk.response import GlobusHTTPResponse, IterableResponse

_NOT_UNPACKED = object()


class IterableGCSResponse(IterableResponse):
    """
    A list of GCS documents: iterating yields the items of ``data``; top-level fields
    (``has_next_page``, ``marker``...) are read with ``r["field"]``.
    """

    default_iter_key = "data"


def _datatype_prefix_matcher(prefix: str) -> t.Callable[[dict[str, t.Any]], bool]:
    if not re.fullmatch(r"\w+", prefix):
        raise ValueError(
            "an UnpackingGCSResponse match string must be a DATA_TYPE name "
            f"(letters, digits, underscores), not {prefix!r}"
        )
    pattern = re.compile(rf"^{prefix}#\d+\.\d+\.\d+$")

    def match(item: dict[str, t.Any]) -> bool:
        data_type = item.get("DATA_TYPE")
        return isinstance(data_type, str) and pattern.match(data_type) is not None

    return match


class UnpackingGCSResponse(GlobusHTTPResponse):
    """
    A GCS ``result`` document whose ``data`` array holds the document of interest:
    :attr:`data` is the first element of ``data`` that matches, so ``r["id"]`` reads
    the document directly. :attr:`full_data` is the whole response.

    If nothing matches (or there is no ``data`` array), :attr:`data` is the whole
    response, like :attr:`full_data`.

    :param response: the response to unpack
    :param match: a ``DATA_TYPE`` name (``"collection"`` matches
        ``collection#1.4.0``), or a function that returns True for the wanted element
    """

    def __init__(
        self,
        response: GlobusHTTPResponse,
        match: str | t.Callable[[dict[str, t.Any]], bool],
    ) -> None:
        super().__init__(response)
        self._match: t.Callable[[dict[str, t.Any]], bool] = (
            _datatype_prefix_matcher(match) if isinstance(match, str) else match
        )
        self._unpacked: t.Any = _NOT_UNPACKED

    @property
    def full_data(self) -> t.Any:
        """The full, parsed JSON response (None if the body is not JSON)."""
        return super().data

    def _unpack(self) -> dict[str, t.Any] | None:
        if self._unpacked is _NOT_UNPACKED:
            self._unpacked = None
            full = self.full_data
            items = full.get("data") if isinstance(full, dict) else None
            if isinstance(items, list):
                for item in items:
                    if isinstance(item, dict) and self._match(item):
                        self._unpacked = item
                        break
        unpacked: dict[str, t.Any] | None = self._unpacked
        return unpacked

    @property
    def data(self) -> t.Any:
        """The matching document of ``data``, else the full response data."""
        unpacked = self._unpack()
        return unpacked if unpacked is not None else self.full_data
