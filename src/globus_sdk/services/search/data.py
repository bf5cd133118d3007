"""Payload helpers for Search queries: ``SearchQueryV1``, ``SearchQuery``, ``SearchScrollQuery``."""

from __future__ import annotations

import typing as t

from globus_sdk import exc, utils

SearchQueryT = t.TypeVar("SearchQueryT", bound="SearchQueryBase")


def _given(**fields: t.Any) -> dict[str, t.Any]:
    # these helpers predate MISSING: None means "not given"
    return {key: value for key, value in fields.items() if value is not None}


class SearchQueryBase(utils.PayloadWrapper):
    """The setters shared by :class:`SearchQuery` and :class:`SearchScrollQuery`."""

    def set_query(self: SearchQueryT, query: str) -> SearchQueryT:
        """Set the query string (``q``)."""
        self["q"] = query
        return self

    def set_limit(self: SearchQueryT, limit: int) -> SearchQueryT:
        """Set the maximum number of results (``limit``)."""
        self["limit"] = limit
        return self

    def set_advanced(self: SearchQueryT, advanced: bool) -> SearchQueryT:
        """Turn the advanced query syntax on or off (``advanced``)."""
        self["advanced"] = advanced
        return self

    def add_filter(
        self: SearchQueryT,
        field_name: str,
        values: list[str],
        *,
        type: str = "match_all",  # noqa: A002 (the API's name)
        additional_fields: dict[str, t.Any] | None = None,
    ) -> SearchQueryT:
        """
        Append a filter on ``field_name`` to ``filters``.

        :param type: the filter type (``match_all``, ``match_any``, ``range``...)
        :param additional_fields: more keys for the filter document
        """
        self.setdefault("filters", []).append(
            {
                "field_name": field_name,
                "values": values,
                "type": type,
                **(additional_fields or {}),
            }
        )
        return self


class SearchQuery(SearchQueryBase):
    """
    A query document for :meth:`SearchClient.post_search
    <globus_sdk.SearchClient.post_search>`, built with chained setters.

    .. warning::

        ``SearchQuery`` is deprecated (it warns when created); use
        :class:`SearchQueryV1`.

    .. code-block:: python

        query = (
            SearchQuery(q="example query")
            .set_limit(100)
            .set_offset(10)
            .add_filter("path.to.field1", ["foo", "bar"])
        )
        result = search_client.post_search(index_id, query)
    """

    def __init__(
        self,
        q: str | None = None,
        *,
        limit: int | None = None,
        offset: int | None = None,
        advanced: bool | None = None,
        additional_fields: dict[str, t.Any] | None = None,
    ) -> None:
        exc.warn_deprecated("'SearchQuery' is deprecated. Use 'SearchQueryV1' instead.")
        super().__init__()
        self.update(_given(q=q, limit=limit, offset=offset, advanced=advanced))
        self.update(additional_fields or {})

    def set_offset(self, offset: int) -> SearchQuery:
        """Set the number of results to skip (``offset``)."""
        self["offset"] = offset
        return self

    def add_facet(
        self,
        name: str,
        field_name: str,
        *,
        type: str = "terms",  # noqa: A002 (the API's name)
        size: int | None = None,
        date_interval: str | None = None,
        histogram_range: tuple[t.Any, t.Any] | None = None,
        additional_fields: dict[str, t.Any] | None = None,
    ) -> SearchQuery:
        """
        Append a facet to ``facets``.

        :param type: the facet type (``terms``, ``date_histogram``, ``numeric_histogram``...)
        :param size: the number of buckets
        :param date_interval: the bucket interval of a date histogram
        :param histogram_range: ``(low, high)`` of a histogram, sent as
            ``{"low": low, "high": high}``
        :param additional_fields: more keys for the facet document
        """
        facet: dict[str, t.Any] = {
            "name": name,
            "field_name": field_name,
            "type": type,
            **(additional_fields or {}),
            **_given(size=size, date_interval=date_interval),
        }
        if histogram_range is not None:
            low, high = histogram_range
            facet["histogram_range"] = {"low": low, "high": high}
        self.setdefault("facets", []).append(facet)
        return self

    def add_boost(
        self,
        field_name: str,
        factor: str | int | float,
        *,
        additional_fields: dict[str, t.Any] | None = None,
    ) -> SearchQuery:
        """Append a boost of ``field_name`` by ``factor`` to ``boosts``."""
        self.setdefault("boosts", []).append(
            {"field_name": field_name, "factor": factor, **(additional_fields or {})}
        )
        return self

    def add_sort(
        self,
        field_name: str,
        *,
        order: str | None = None,
        additional_fields: dict[str, t.Any] | None = None,
    ) -> SearchQuery:
        """Append a sort on ``field_name`` (``order``: ``asc`` or ``desc``) to ``sort``."""
        self.setdefault("sort", []).append(
            {
                "field_name": field_name,
                **(additional_fields or {}),
                **_given(order=order),
            }
        )
        return self


class SearchScrollQuery(SearchQueryBase):
    """
    A query document for :meth:`SearchClient.scroll <globus_sdk.SearchClient.scroll>`,
    which pages through every result with a ``marker``.

    .. code-block:: python

        query = SearchScrollQuery("*").add_filter("type", ["dataset"])
        for entry in search_client.paginated.scroll(index_id, query).items():
            print(entry["subject"])
    """

    def __init__(
        self,
        q: str | None = None,
        *,
        limit: int | None = None,
        advanced: bool | None = None,
        marker: str | None = None,
        additional_fields: dict[str, t.Any] | None = None,
    ) -> None:
        super().__init__()
        self.update(_given(q=q, limit=limit, advanced=advanced, marker=marker))
        self.update(additional_fields or {})

    def set_marker(self, marker: str) -> SearchScrollQuery:
        """Set the ``marker`` of the page to fetch."""
        self["marker"] = marker
        return self


class SearchQueryV1(utils.PayloadWrapper):
    """
    A version 1 query document (``"@version": "query#1.0.0"``) for
    :meth:`SearchClient.post_search <globus_sdk.SearchClient.post_search>`.
    Fields left out are omitted from the document.

    :param q: the query string
    :param limit: the maximum number of results
    :param offset: the number of results to skip
    :param advanced: use the advanced query syntax
    :param filters: filter documents
    :param facets: facet documents
    :param post_facet_filters: filters applied after facets are computed
    :param boosts: boost documents
    :param sort: sort documents
    :param additional_fields: more keys for the query document

    .. code-block:: python

        query = SearchQueryV1(
            q="climate",
            limit=50,
            filters=[{"type": "match_any", "field_name": "tags", "values": ["ocean"]}],
        )
        result = search_client.post_search(index_id, query)
    """

    def __init__(
        self,
        *,
        q: str | utils.MissingType = utils.MISSING,
        limit: int | utils.MissingType = utils.MISSING,
        offset: int | utils.MissingType = utils.MISSING,
        advanced: bool | utils.MissingType = utils.MISSING,
        filters: list[dict[str, t.Any]] | utils.MissingType = utils.MISSING,
        facets: list[dict[str, t.Any]] | utils.MissingType = utils.MISSING,
        post_facet_filters: list[dict[str, t.Any]] | utils.MissingType = utils.MISSING,
        boosts: list[dict[str, t.Any]] | utils.MissingType = utils.MISSING,
        sort: list[dict[str, t.Any]] | utils.MissingType = utils.MISSING,
        additional_fields: dict[str, t.Any] | utils.MissingType = utils.MISSING,
    ) -> None:
        super().__init__()
        extra = (
            {}
            if isinstance(additional_fields, utils.MissingType)
            else additional_fields
        )
        fields = {
            "@version": "query#1.0.0",
            "q": q,
            "limit": limit,
            "offset": offset,
            "advanced": advanced,
            "filters": filters,
            "facets": facets,
            "post_facet_filters": post_facet_filters,
            "boosts": boosts,
            "sort": sort,
            **extra,
        }
        # omitted fields are left out of the document itself, not only of the request
        self.update(utils.filter_missing(fields) or {})
