"""Query-parameter helpers shared by the TransferClient mixins."""

from __future__ import annotations

import typing as t

# a filter as a dict: each key is a clause, a list value is comma-separated
TransferFilterDict = t.Dict[str, t.Union[str, t.List[str]]]


def merge_params(
    query_params: dict[str, t.Any] | None, **params: t.Any
) -> dict[str, t.Any]:
    """
    A copy of ``query_params`` updated with every named parameter that was given
    (``None`` means "not given", so it neither sends nor overrides anything).
    """
    merged = dict(query_params or {})
    merged.update((k, v) for k, v in params.items() if v is not None)
    return merged


def onezero(value: bool | None) -> int | None:
    """Transfer's encoding of a boolean query parameter: ``1``/``0`` (``None`` kept)."""
    if value is None:
        return None
    return 1 if value else 0


def _format_filter_item(item: str | TransferFilterDict) -> str:
    if isinstance(item, dict):
        return "/".join(
            f"{key}:{value if isinstance(value, str) else ','.join(value)}"
            for key, value in item.items()
        )
    return item


@t.overload
def format_filter(value: str | TransferFilterDict) -> str: ...
@t.overload
def format_filter(value: list[str | TransferFilterDict]) -> list[str]: ...
def format_filter(
    value: str | TransferFilterDict | list[str | TransferFilterDict],
) -> str | list[str]:
    """
    Render a ``filter`` parameter: a string is sent as is; a dict becomes
    ``key:value/key2:v1,v2``; a list becomes one ``filter`` parameter per item.
    """
    if isinstance(value, list):
        return [_format_filter_item(item) for item in value]
    return _format_filter_item(value)
