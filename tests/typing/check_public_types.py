"""Type assertions about the public API (checked by mypy, never run)."""

from __future__ import annotations

import typing as t

from typing_extensions import assert_type

import globus_sdk
from globus_sdk.paging import Paginator
from globus_sdk.response import GlobusHTTPResponse


def paginated_methods_keep_their_signatures(tc: globus_sdk.TransferClient) -> None:
    paginator = tc.paginated.task_list(limit=10, filter={"status": "ACTIVE"})
    assert_type(paginator, Paginator[globus_sdk.IterableTransferResponse])
    tc.paginated.endpoint_search("tutorial", filter_scope="my-endpoints")
    tc.paginated.task_list(not_a_parameter=1)  # type: ignore[call-arg]
    for item in paginator.items():
        assert_type(item, t.Any)


def flows_and_search(fc: globus_sdk.FlowsClient, sc: globus_sdk.SearchClient) -> None:
    fc.paginated.list_flows(filter_roles=["flow_owner"])
    fc.paginated.list_runs(filter_flow_id="abc").pages()
    sc.paginated.search("index-id", "query")


def responses_are_typed(tc: globus_sdk.TransferClient) -> None:
    res = tc.get_endpoint("abc")
    assert_type(res, GlobusHTTPResponse)
    assert_type(res.http_status, int)
    assert_type(res.data, t.Any)


def errors_are_typed(err: globus_sdk.GlobusAPIError) -> None:
    assert_type(err.http_status, int)
    assert_type(err.messages, list[str])
    assert_type(err.raw_json, t.Optional[t.Dict[str, t.Any]])


def missing_is_its_own_type() -> None:
    assert_type(globus_sdk.MISSING, globus_sdk.MissingType)
    tc = globus_sdk.TransferClient()
    tc.get("/x", query_params={"a": globus_sdk.MISSING})
