"""Response wrappers: a parsed view of a ``requests.Response``."""

from __future__ import annotations

import json
import logging
import typing as t

if t.TYPE_CHECKING:
    from requests import Response

    import globus_sdk

log = logging.getLogger(__name__)

_NOT_PARSED = object()


class GlobusHTTPResponse:
    """
    A response from a Globus service: JSON ``data`` (parsed once, on first use), status,
    headers and text. Index it like the JSON document: ``r["id"]``, ``r.get("label")``.

    An empty or non-JSON body is normal (``data`` is then None); nothing is logged at
    WARNING for it.
    """

    def __init__(
        self,
        response: Response | GlobusHTTPResponse,
        client: globus_sdk.BaseClient | None = None,
    ) -> None:
        if isinstance(response, GlobusHTTPResponse):
            self._response: Response = response._response
            self._parsed: t.Any = response._parsed
            self.client: globus_sdk.BaseClient | None = (
                client if client is not None else response.client
            )
        else:
            self._response = response
            self._parsed = _NOT_PARSED
            self.client = client

    @property
    def data(self) -> t.Any:
        """The body parsed as JSON, or None if it is empty or not JSON."""
        if self._parsed is _NOT_PARSED:
            content = self._response.content
            if not content:
                self._parsed = None
            else:
                try:
                    self._parsed = json.loads(content)
                except ValueError:
                    log.debug("response body is not JSON; data is None")
                    self._parsed = None
        return self._parsed

    @property
    def http_status(self) -> int:
        return self._response.status_code

    @property
    def http_reason(self) -> str:
        return self._response.reason or ""

    @property
    def headers(self) -> t.Mapping[str, str]:
        return self._response.headers

    @property
    def content_type(self) -> str | None:
        return self._response.headers.get("Content-Type")

    @property
    def text(self) -> str:
        return self._response.text

    @property
    def binary_content(self) -> bytes:
        return self._response.content

    def get(self, key: str, default: t.Any = None) -> t.Any:
        """``data.get(key, default)`` when the body is a JSON object, else ``default``."""
        data = self.data
        if isinstance(data, dict):
            return data.get(key, default)
        return default

    def __getitem__(self, key: str | int | slice) -> t.Any:
        data = self.data
        if isinstance(data, (dict, list)):
            return data[key]  # type: ignore[index]
        raise TypeError(f"{type(self).__name__} data is not indexable (it is {type(data).__name__})")

    def __contains__(self, item: t.Any) -> bool:
        data = self.data
        if isinstance(data, (dict, list)):
            return item in data
        return False

    def __bool__(self) -> bool:
        # a mapping-like view of the body: truthy when the parsed data is non-empty
        return bool(self.data)

    def __str__(self) -> str:
        data = self.data
        if data is None:
            return self.text
        return json.dumps(data, indent=2, separators=(",", ": "))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.http_status}, {self.content_type!r}, {len(self.binary_content)} bytes)"


class IterableResponse(GlobusHTTPResponse):
    """A response whose ``data[iter_key]`` is a list; iterating yields its items."""

    default_iter_key: t.ClassVar[str | None] = None

    def __init__(
        self,
        response: Response | GlobusHTTPResponse,
        client: globus_sdk.BaseClient | None = None,
        *,
        iter_key: str | None = None,
    ) -> None:
        super().__init__(response, client)
        self.iter_key = iter_key if iter_key is not None else self.default_iter_key

    def __iter__(self) -> t.Iterator[t.Mapping[t.Any, t.Any]]:
        if self.iter_key is None:
            raise TypeError(f"{type(self).__name__} has no iter_key; cannot iterate")
        data = self.data
        if not isinstance(data, dict):
            raise TypeError(f"{type(self).__name__} data is not a JSON object; cannot iterate")
        items = data.get(self.iter_key)
        if items is None:
            return iter(())
        if not isinstance(items, list):
            raise TypeError(f"{type(self).__name__} data[{self.iter_key!r}] is not a list")
        return iter(items)


class ArrayResponse(GlobusHTTPResponse):
    """A response whose body is a JSON array; iterate over it, take ``len()``."""

    def _array(self) -> list[t.Any]:
        data = self.data
        if not isinstance(data, list):
            raise TypeError(f"{type(self).__name__} data is not a JSON array")
        return data

    def __iter__(self) -> t.Iterator[t.Any]:
        return iter(self._array())

    def __len__(self) -> int:
        return len(self._array())


__all__ = ("GlobusHTTPResponse", "IterableResponse", "ArrayResponse")
