"""Request encoders: turn (method, url, params, data, headers) into a ``requests.Request``."""

from __future__ import annotations

import enum
import json
import typing as t
import uuid

from globus_sdk import utils

if t.TYPE_CHECKING:
    import requests


def _json_default(value: t.Any) -> t.Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, utils.PayloadWrapper):
        return value.data
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def _param_value(value: t.Any) -> t.Any:
    # enums are sent by value (str() of an Enum member is "Class.member")
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (list, tuple)):
        return [_param_value(v) for v in value if v is not utils.MISSING]
    return value


def prepare_headers(headers: dict[str, t.Any]) -> dict[str, str]:
    """Drop MISSING header values and stringify ids (a UUID header is sent as its str)."""
    return {
        k: (v if isinstance(v, str) else str(v.value if isinstance(v, enum.Enum) else v))
        for k, v in headers.items()
        if v is not utils.MISSING and v is not None
    }


class RequestEncoder:
    """
    The plain encoder: the body is sent as given (text or bytes). Subclasses change how
    ``data`` becomes a body. ``MISSING`` values are dropped from params and bodies.
    """

    def encode(
        self,
        method: str,
        url: str,
        params: dict[str, t.Any] | None,
        data: t.Any,
        headers: dict[str, str],
    ) -> requests.Request:
        import requests

        return requests.Request(
            method,
            url,
            data=self._prepare_data(data),
            params=self._prepare_params(params),
            headers=headers,
        )

    def _prepare_params(self, params: dict[str, t.Any] | None) -> dict[str, t.Any] | None:
        if not params:
            return params
        return {
            k: _param_value(v) for k, v in params.items() if v is not utils.MISSING
        }

    def _prepare_data(self, data: t.Any) -> t.Any:
        if isinstance(data, utils.PayloadWrapper):
            data = data.data
        if isinstance(data, (dict, list, tuple)):
            return utils.strip_missing(data)
        return data


class _ContainsMissing(Exception):
    """Raised out of ``json.dumps`` when the document holds a MISSING value."""


def _json_default_refusing_missing(value: t.Any) -> t.Any:
    if value is utils.MISSING:
        raise _ContainsMissing
    return _json_default(value)


class JSONRequestEncoder(RequestEncoder):
    """
    Encodes ``data`` as JSON (``Content-Type: application/json``) when it is not None.

    The body is encoded in one pass (``json.dumps``, in C); only a document that holds
    ``MISSING`` values is walked to drop them and encoded again, so large payloads
    (100,000-item transfers) cost about what a plain ``json.dumps`` costs.
    """

    def encode(
        self,
        method: str,
        url: str,
        params: dict[str, t.Any] | None,
        data: t.Any,
        headers: dict[str, str],
    ) -> requests.Request:
        import requests

        if data is not None:
            headers = {"Content-Type": "application/json", **headers}
            data = self._dump(data)
        return requests.Request(
            method, url, data=data, params=self._prepare_params(params), headers=headers
        )

    def _dump(self, data: t.Any) -> bytes:
        if isinstance(data, utils.PayloadWrapper):
            data = data.data
        try:
            text = json.dumps(data, default=_json_default_refusing_missing)
        except _ContainsMissing:
            text = json.dumps(self._prepare_data(data), default=_json_default)
        return text.encode("utf-8")


class FormRequestEncoder(RequestEncoder):
    """Encodes a dict ``data`` as ``application/x-www-form-urlencoded``."""

    def encode(
        self,
        method: str,
        url: str,
        params: dict[str, t.Any] | None,
        data: t.Any,
        headers: dict[str, str],
    ) -> requests.Request:
        import requests

        data = self._prepare_data(data)
        if data is not None and not isinstance(data, dict):
            raise TypeError("form encoding requires a dict of data")
        return requests.Request(
            method, url, data=data, params=self._prepare_params(params), headers=headers
        )
