"""``SearchClient``: the Globus Search API (v1)."""

from __future__ import annotations

import typing as t
import uuid

from globus_sdk import client, paging, response, utils
from globus_sdk._internal.urls import quote_id
from globus_sdk.paging.table import PaginatedMethod, PaginatorTable
from globus_sdk.scopes import Scope, SearchScopes

from .data import SearchQuery, SearchQueryV1, SearchScrollQuery
from .errors import SearchAPIError


def _search_page_size(page: t.Any) -> int:
    count = page.get("count")
    return count if isinstance(count, int) else 0


# search and post_search page alike: 100 results a page, at most the 10,000 the
# service serves
_offset_paginated = paging.has_paginator(
    paging.HasNextPaginator,
    items_key="gmeta",
    get_page_size=_search_page_size,
    max_total_results=10000,
    page_size=100,
)


class SearchClient(client.BaseClient):
    """
    Client for the `Globus Search API <https://docs.globus.org/api/search/>`_.

    Methods cover index management, queries (``search``, ``post_search``, ``scroll``),
    ingest and deletion, subjects and entries, roles and tasks; the generic
    ``get``/``post``/``put``/``delete`` reach any other route.

    .. code-block:: python

        search = globus_sdk.SearchClient(authorizer=authorizer)
        for result in search.paginated.search(index_id, "ocean").items():
            print(result["subject"])
    """

    paginated: SearchClientPaginators
    service_name = "search"
    error_class = SearchAPIError
    scopes = SearchScopes

    @property
    def default_scope_requirements(self) -> list[Scope]:
        """``search``."""
        return [Scope(SearchScopes.search)]

    # ---- indices

    def create_index(
        self, display_name: str, description: str
    ) -> response.GlobusHTTPResponse:
        """``POST /v1/index``: create an index (in trial mode); returns the index."""
        return self.post(
            "/v1/index", data={"display_name": display_name, "description": description}
        )

    def delete_index(self, index_id: uuid.UUID | str) -> response.GlobusHTTPResponse:
        """
        ``DELETE /v1/index/<index_id>``: mark an index for deletion (its status becomes
        ``delete-pending``; :meth:`reopen_index` undoes it during the grace period).
        """
        return self.delete(f"/v1/index/{quote_id(index_id)}")

    def reopen_index(self, index_id: uuid.UUID | str) -> response.GlobusHTTPResponse:
        """``POST /v1/index/<index_id>/reopen``: reopen an index pending deletion."""
        return self.post(f"/v1/index/{quote_id(index_id)}/reopen")

    def get_index(
        self, index_id: uuid.UUID | str, *, query_params: dict[str, t.Any] | None = None
    ) -> response.GlobusHTTPResponse:
        """``GET /v1/index/<index_id>``: an index's metadata."""
        return self.get(f"/v1/index/{quote_id(index_id)}", query_params=query_params)

    def index_list(
        self, *, query_params: dict[str, t.Any] | None = None
    ) -> response.IterableResponse:
        """
        ``GET /v1/index_list``: the indices you have a role on. Iterating the response
        yields the index documents (``index_list``).
        """
        return response.IterableResponse(
            self.get("/v1/index_list", query_params=query_params), iter_key="index_list"
        )

    # ---- queries

    @_offset_paginated
    def search(
        self,
        index_id: uuid.UUID | str,
        q: str,
        *,
        offset: int = 0,
        limit: int = 10,
        advanced: bool = False,
        query_params: dict[str, t.Any] | None = None,
    ) -> response.GlobusHTTPResponse:
        """
        ``GET /v1/index/<index_id>/search``: a simple query.

        Paginated: ``client.paginated.search(...)`` pages with ``offset``/``limit``
        (100 results a page, 10,000 at most).

        :param q: the query string
        :param offset: the number of results to skip
        :param limit: the maximum number of results
        :param advanced: use the advanced query syntax
        """
        params = {
            "q": q,
            "offset": offset,
            "limit": limit,
            "advanced": advanced,
            **(query_params or {}),
        }
        return self.get(f"/v1/index/{quote_id(index_id)}/search", query_params=params)

    @_offset_paginated
    def post_search(
        self,
        index_id: uuid.UUID | str,
        data: dict[str, t.Any] | SearchQuery | SearchQueryV1,
        *,
        offset: int | None = None,
        limit: int | None = None,
    ) -> response.GlobusHTTPResponse:
        """
        ``POST /v1/index/<index_id>/search``: a query document (a dict,
        :class:`~globus_sdk.SearchQueryV1` or :class:`~globus_sdk.SearchQuery`).

        ``offset`` and ``limit``, when given, override the document's. Paginated:
        ``client.paginated.post_search(...)`` pages with them (100 results a page,
        10,000 at most).
        """
        overrides = {
            k: v for k, v in (("offset", offset), ("limit", limit)) if v is not None
        }
        body: t.Any = {**data, **overrides} if overrides else data
        return self.post(f"/v1/index/{quote_id(index_id)}/search", data=body)

    @paging.has_paginator(paging.MarkerPaginator, items_key="gmeta")
    def scroll(
        self,
        index_id: uuid.UUID | str,
        data: dict[str, t.Any] | SearchScrollQuery,
        *,
        marker: str | None = None,
    ) -> response.GlobusHTTPResponse:
        """
        ``POST /v1/index/<index_id>/scroll``: page through every result of a query
        (a dict or :class:`~globus_sdk.SearchScrollQuery`); ``marker``, when given,
        overrides the document's. Paginated: ``client.paginated.scroll(...)`` follows
        the pages' ``marker``.
        """
        body: t.Any = {**data, "marker": marker} if marker is not None else data
        return self.post(f"/v1/index/{quote_id(index_id)}/scroll", data=body)

    # ---- ingest and deletion

    def ingest(
        self, index_id: uuid.UUID | str, data: dict[str, t.Any]
    ) -> response.GlobusHTTPResponse:
        """
        ``POST /v1/index/<index_id>/ingest``: submit a ``GMetaEntry`` or ``GMetaList``
        document; returns a task (``task_id``) that applies it.
        """
        return self.post(f"/v1/index/{quote_id(index_id)}/ingest", data=data)

    def delete_by_query(
        self, index_id: uuid.UUID | str, data: dict[str, t.Any]
    ) -> response.GlobusHTTPResponse:
        """
        ``POST /v1/index/<index_id>/delete_by_query``: delete every entry matching a
        query document; returns a task.
        """
        return self.post(f"/v1/index/{quote_id(index_id)}/delete_by_query", data=data)

    def batch_delete_by_subject(
        self,
        index_id: uuid.UUID | str,
        subjects: t.Iterable[str],
        additional_params: dict[str, t.Any] | None = None,
    ) -> response.GlobusHTTPResponse:
        """
        ``POST /v1/index/<index_id>/batch_delete_by_subject``: delete the entries of
        the given subjects (one string counts as one subject); returns a task.

        :param additional_params: more keys for the request document
        """
        return self.post(
            f"/v1/index/{quote_id(index_id)}/batch_delete_by_subject",
            data={
                "subjects": list(utils.safe_strseq_iter(subjects)),
                **(additional_params or {}),
            },
        )

    # ---- subjects and entries

    def get_subject(
        self,
        index_id: uuid.UUID | str,
        subject: str,
        *,
        query_params: dict[str, t.Any] | None = None,
    ) -> response.GlobusHTTPResponse:
        """``GET /v1/index/<index_id>/subject?subject=...``: the entries of a subject."""
        return self.get(
            f"/v1/index/{quote_id(index_id)}/subject",
            query_params={"subject": subject, **(query_params or {})},
        )

    def delete_subject(
        self,
        index_id: uuid.UUID | str,
        subject: str,
        *,
        query_params: dict[str, t.Any] | None = None,
    ) -> response.GlobusHTTPResponse:
        """
        ``DELETE /v1/index/<index_id>/subject?subject=...``: delete a subject's
        entries; returns a task.
        """
        return self.delete(
            f"/v1/index/{quote_id(index_id)}/subject",
            query_params={"subject": subject, **(query_params or {})},
        )

    def get_entry(
        self,
        index_id: uuid.UUID | str,
        subject: str,
        *,
        entry_id: str | None = None,
        query_params: dict[str, t.Any] | None = None,
    ) -> response.GlobusHTTPResponse:
        """
        ``GET /v1/index/<index_id>/entry?subject=...``: one entry of a subject (the
        one with a null id unless ``entry_id`` is given).
        """
        return self.get(
            f"/v1/index/{quote_id(index_id)}/entry",
            query_params=_entry_params(subject, entry_id, query_params),
        )

    def create_entry(
        self, index_id: uuid.UUID | str, data: dict[str, t.Any]
    ) -> response.GlobusHTTPResponse:
        """
        ``POST /v1/index/<index_id>/entry``: create an entry (a ``GMetaEntry``
        document). Prefer :meth:`ingest`, which the Search API recommends.
        """
        return self.post(f"/v1/index/{quote_id(index_id)}/entry", data=data)

    def update_entry(
        self, index_id: uuid.UUID | str, data: dict[str, t.Any]
    ) -> response.GlobusHTTPResponse:
        """
        ``PUT /v1/index/<index_id>/entry``: replace an entry (a ``GMetaEntry``
        document). Prefer :meth:`ingest`, which the Search API recommends.
        """
        return self.put(f"/v1/index/{quote_id(index_id)}/entry", data=data)

    def delete_entry(
        self,
        index_id: uuid.UUID | str,
        subject: str,
        *,
        entry_id: str | None = None,
        query_params: dict[str, t.Any] | None = None,
    ) -> response.GlobusHTTPResponse:
        """
        ``DELETE /v1/index/<index_id>/entry?subject=...``: delete one entry of a
        subject (the one with a null id unless ``entry_id`` is given).
        """
        return self.delete(
            f"/v1/index/{quote_id(index_id)}/entry",
            query_params=_entry_params(subject, entry_id, query_params),
        )

    # ---- roles

    def create_role(
        self,
        index_id: uuid.UUID | str,
        data: dict[str, t.Any],
        *,
        query_params: dict[str, t.Any] | None = None,
    ) -> response.GlobusHTTPResponse:
        """
        ``POST /v1/index/<index_id>/role``: grant a role (``role_name``: owner, admin,
        writer) to a ``principal`` (an identity or group URN).
        """
        return self.post(
            f"/v1/index/{quote_id(index_id)}/role", data=data, query_params=query_params
        )

    def get_role_list(
        self, index_id: uuid.UUID | str, *, query_params: dict[str, t.Any] | None = None
    ) -> response.GlobusHTTPResponse:
        """``GET /v1/index/<index_id>/role_list``: the roles on an index."""
        return self.get(
            f"/v1/index/{quote_id(index_id)}/role_list", query_params=query_params
        )

    def delete_role(
        self,
        index_id: uuid.UUID | str,
        role_id: str,
        *,
        query_params: dict[str, t.Any] | None = None,
    ) -> response.GlobusHTTPResponse:
        """``DELETE /v1/index/<index_id>/role/<role_id>``: revoke a role."""
        return self.delete(
            f"/v1/index/{quote_id(index_id)}/role/{quote_id(role_id)}",
            query_params=query_params,
        )

    # ---- tasks

    def get_task(
        self, task_id: uuid.UUID | str, *, query_params: dict[str, t.Any] | None = None
    ) -> response.GlobusHTTPResponse:
        """``GET /v1/task/<task_id>``: the state of an ingest or deletion task."""
        return self.get(f"/v1/task/{quote_id(task_id)}", query_params=query_params)

    def get_task_list(
        self, index_id: uuid.UUID | str, *, query_params: dict[str, t.Any] | None = None
    ) -> response.GlobusHTTPResponse:
        """``GET /v1/task_list/<index_id>``: the recent tasks of an index."""
        return self.get(
            f"/v1/task_list/{quote_id(index_id)}", query_params=query_params
        )


def _entry_params(
    subject: str, entry_id: str | None, query_params: dict[str, t.Any] | None
) -> dict[str, t.Any]:
    return {
        "subject": subject,
        "entry_id": entry_id if entry_id is not None else utils.MISSING,
        **(query_params or {}),
    }


class SearchClientPaginators(PaginatorTable):
    """``SearchClient.paginated``: each paginated method, typed with its own parameters."""

    search = PaginatedMethod(SearchClient.search)
    post_search = PaginatedMethod(SearchClient.post_search)
    scroll = PaginatedMethod(SearchClient.scroll)


SearchClient._paginator_table_class = SearchClientPaginators
