"""Helpers shared by the Transfer client's per-area modules."""

from __future__ import annotations

import datetime
import typing as t

from globus_sdk import utils

#: a Transfer ``filter`` given as a dict: ``{"name": ["a", "b"], "type": "file"}``
#: is sent as ``name:a,b/type:file``
TransferFilterDict = t.Dict[str, t.Union[str, t.List[str]]]


def _format_filter_item(item: str | TransferFilterDict) -> str:
    if isinstance(item, dict):
        return "/".join(
            f"{key}:{','.join(value) if isinstance(value, list) else value}"
            for key, value in item.items()
        )
    return item


def format_filter(
    value: str | TransferFilterDict | list[str | TransferFilterDict],
) -> str | list[str]:
    """
    Format a Transfer ``filter`` query parameter: a string is sent as it is, a dict as
    ``key:v1,v2/key2:v``, and a list as one ``filter`` parameter per element.
    """
    if isinstance(value, list):
        return [_format_filter_item(x) for x in value]
    return _format_filter_item(value)


def format_orderby(value: str | list[str]) -> str:
    """``orderby`` as Transfer wants it: a list is joined with commas."""
    if isinstance(value, str):
        return value
    return ",".join(value)


def bool_flag(value: bool | None) -> int | None:
    """A boolean query parameter as Transfer takes it (1 or 0); None stays None."""
    return None if value is None else int(bool(value))


def format_date(value: str | datetime.datetime) -> str:
    """A date for a query parameter: ``datetime`` objects in ISO 8601."""
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    return value


def get_page_size(page: t.Any) -> int:
    """The number of items of a Transfer page (its ``DATA`` list)."""
    items = page.get("DATA")
    return len(items) if isinstance(items, list) else 0


def query(query_params: dict[str, t.Any] | None, **params: t.Any) -> dict[str, t.Any]:
    """``query_params`` (copied, never modified) plus the named parameters given (not
    None or MISSING); the named parameters win."""
    out = dict(query_params) if query_params else {}
    out.update((k, v) for k, v in params.items() if v is not None and v is not utils.MISSING)
    return out
