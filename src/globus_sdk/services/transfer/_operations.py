"""TransferClient filesystem operations on a collection: ls, mkdir, rename, stat,
symlink."""

from __future__ import annotations

import typing as t
import uuid

from globus_sdk import client, response
from globus_sdk._internal.urls import quote_id

from ._common import (
    TransferFilterDict,
    bool_flag,
    format_filter,
    format_orderby,
    query,
)
from .response import IterableTransferResponse


def _local_user_field(local_user: str | None) -> dict[str, str]:
    # the field is only sent when a local user was chosen
    return {} if local_user is None else {"local_user": local_user}


class _OperationsMixin(client.BaseClient):
    """Directory listing and filesystem operations on endpoints and collections."""

    def operation_ls(
        self,
        endpoint_id: uuid.UUID | str,
        path: str | None = None,
        *,
        show_hidden: bool | None = None,
        orderby: str | list[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        filter: (
            str | TransferFilterDict | list[str | TransferFilterDict] | None
        ) = None,
        local_user: str | None = None,
        query_params: dict[str, t.Any] | None = None,
    ) -> IterableTransferResponse:
        """
        ``GET /operation/endpoint/<endpoint_id>/ls``: list a directory; iterate the
        result for its entries (``DATA``).

        :param endpoint_id: the endpoint or collection
        :param path: the directory to list (default: the collection's default
            directory)
        :param show_hidden: include (``True``) or exclude hidden files
        :param orderby: one or more ``"<field> [ASC|DESC]"`` sort criteria
        :param limit: the maximum number of entries
        :param offset: the offset of the first entry
        :param filter: a filter string such as ``"name:~*.txt"``; a dict, rendered as
            ``key:value/key2:v1,v2`` (a list value is comma-joined); or a list of
            these, each sent as its own ``filter`` parameter
        :param local_user: the local user to run the listing as (on collections that
            allow choosing one)
        :param query_params: additional query parameters

        >>> listing = tc.operation_ls(collection_id, "/~/", filter={"type": "file"})
        >>> for entry in listing:
        ...     print(entry["name"], entry["size"])
        """
        params = query(
            query_params,
            path=path,
            show_hidden=bool_flag(show_hidden),
            limit=limit,
            offset=offset,
            orderby=None if orderby is None else format_orderby(orderby),
            filter=None if filter is None else format_filter(filter),
            local_user=local_user,
        )
        return IterableTransferResponse(
            self.get(
                f"/operation/endpoint/{quote_id(endpoint_id)}/ls", query_params=params
            )
        )

    def operation_mkdir(
        self,
        endpoint_id: uuid.UUID | str,
        path: str,
        *,
        local_user: str | None = None,
        query_params: dict[str, t.Any] | None = None,
    ) -> response.GlobusHTTPResponse:
        """
        ``POST /operation/endpoint/<endpoint_id>/mkdir``: create a directory.

        :param endpoint_id: the endpoint or collection
        :param path: the directory to create
        :param local_user: the local user to act as
        :param query_params: additional query parameters
        """
        return self.post(
            f"/operation/endpoint/{quote_id(endpoint_id)}/mkdir",
            data={"DATA_TYPE": "mkdir", "path": path, **_local_user_field(local_user)},
            query_params=query_params,
        )

    def operation_rename(
        self,
        endpoint_id: uuid.UUID | str,
        oldpath: str,
        newpath: str,
        *,
        local_user: str | None = None,
        query_params: dict[str, t.Any] | None = None,
    ) -> response.GlobusHTTPResponse:
        """
        ``POST /operation/endpoint/<endpoint_id>/rename``: rename or move a file or
        directory.

        :param endpoint_id: the endpoint or collection
        :param oldpath: the current path
        :param newpath: the new path
        :param local_user: the local user to act as
        :param query_params: additional query parameters
        """
        return self.post(
            f"/operation/endpoint/{quote_id(endpoint_id)}/rename",
            data={
                "DATA_TYPE": "rename",
                "old_path": oldpath,
                "new_path": newpath,
                **_local_user_field(local_user),
            },
            query_params=query_params,
        )

    def operation_stat(
        self,
        endpoint_id: uuid.UUID | str,
        path: str | None = None,
        *,
        local_user: str | None = None,
        query_params: dict[str, t.Any] | None = None,
    ) -> response.GlobusHTTPResponse:
        """
        ``GET /operation/endpoint/<endpoint_id>/stat``: the details of one file or
        directory (a ``NotFound`` error if it does not exist).

        :param endpoint_id: the endpoint or collection
        :param path: the path to inspect (default: the collection's default directory)
        :param local_user: the local user to act as
        :param query_params: additional query parameters
        """
        params = query(query_params, path=path, local_user=local_user)
        return self.get(
            f"/operation/endpoint/{quote_id(endpoint_id)}/stat", query_params=params
        )

    def operation_symlink(
        self,
        endpoint_id: uuid.UUID | str,
        symlink_target: str,
        path: str,
        *,
        query_params: dict[str, t.Any] | None = None,
    ) -> response.GlobusHTTPResponse:
        """
        ``POST /operation/endpoint/<endpoint_id>/symlink``: create a symbolic link.

        :param endpoint_id: the endpoint or collection
        :param symlink_target: the path the link points to
        :param path: the path of the new link
        :param query_params: additional query parameters
        """
        return self.post(
            f"/operation/endpoint/{quote_id(endpoint_id)}/symlink",
            data={
                "DATA_TYPE": "symlink",
                "symlink_target": symlink_target,
                "path": path,
            },
            query_params=query_params,
        )
