"""
Transfer benchmarks: building big task documents, submitting them, paging task lists.

Run alone with ``python -m benchmarks.bench_transfer`` or with every suite through
``python -m benchmarks.run``. Network traffic only goes to a server on 127.0.0.1.
"""

from __future__ import annotations

import gc
import json
import statistics
import time
import typing as t

Row = t.Tuple[str, float, str]

ITEMS = 100_000
SRC = "aa752cea-8222-5bc8-acd9-555b090c0ccb"
DST = "313ce13e-b597-5858-ae13-29e46fea26e6"
SUBMISSION_ID = "3b5f2c8e-0c17-11ef-8a3b-0242ac110002"


def _median(func: t.Callable[[], float], runs: int) -> float:
    func()  # warm up
    gc.collect()
    return statistics.median(func() for _ in range(runs))


def _build_plain(n: int) -> list[dict[str, t.Any]]:
    items = []
    for i in range(n):
        items.append(
            {
                "DATA_TYPE": "transfer_item",
                "source_path": f"/project/run/{i}.dat",
                "destination_path": f"/archive/run/{i}.dat",
            }
        )
    return items


def _build_transfer_data(n: int) -> t.Any:
    from globus_sdk import TransferData

    tdata = TransferData(
        source_endpoint=SRC, destination_endpoint=DST, submission_id=SUBMISSION_ID
    )
    for i in range(n):
        tdata.add_item(f"/project/run/{i}.dat", f"/archive/run/{i}.dat")
    return tdata


def bench_transfer_data_build(n: int = ITEMS, runs: int = 7) -> list[Row]:
    """``TransferData.add_item`` x n against appending the same plain dicts."""

    def timed(build: t.Callable[[int], object]) -> float:
        start = time.perf_counter()
        build(n)
        return time.perf_counter() - start

    plain = _median(lambda: timed(_build_plain), runs)
    ours = _median(lambda: timed(_build_transfer_data), runs)
    return [
        (f"build {n:,} items: plain dicts", plain * 1000, "ms"),
        (f"build {n:,} items: TransferData.add_item", ours * 1000, "ms"),
        ("TransferData build / plain dicts", ours / plain, "x (target <= 2)"),
    ]


def bench_submit_transfer(n: int = ITEMS, runs: int = 7) -> list[Row]:
    """``submit_transfer`` of an n-item document against a raw ``requests`` POST of the
    same JSON (serialization included on both sides), to a loopback server."""
    import requests

    import globus_sdk

    from ._server import BenchServer

    tdata = _build_transfer_data(n)
    reply = json.dumps({"code": "Accepted", "task_id": "42277910-0c18-11ef-8a3b-0242ac110002"})
    with BenchServer(reply.encode()) as server:
        session = requests.Session()
        url = f"{server.url}/v0.10/transfer"
        headers = {
            "Authorization": "Bearer bench-token",
            "Accept": "application/json",
            "Content-Type": "application/json",
        }
        client = globus_sdk.TransferClient(
            base_url=server.url, authorizer=globus_sdk.AccessTokenAuthorizer("bench-token")
        )

        def raw() -> float:
            start = time.perf_counter()
            body = json.dumps(tdata.data).encode("utf-8")
            session.post(url, data=body, headers=headers, timeout=60).json()
            return time.perf_counter() - start

        def sdk() -> float:
            start = time.perf_counter()
            _ = client.submit_transfer(tdata).data
            return time.perf_counter() - start

        # interleave the two so both see the same machine conditions
        raw_times: list[float] = []
        sdk_times: list[float] = []
        raw()
        sdk()
        for _ in range(runs):
            gc.collect()
            raw_times.append(raw())
            gc.collect()
            sdk_times.append(sdk())
        session.close()
    raw_s, sdk_s = statistics.median(raw_times), statistics.median(sdk_times)
    return [
        (f"POST {n:,} items: raw requests", raw_s * 1000, "ms"),
        (f"POST {n:,} items: submit_transfer", sdk_s * 1000, "ms"),
        ("submit_transfer / raw POST", sdk_s / raw_s, "x (target <= 1.5)"),
    ]


def bench_task_list_pages(pages: int = 200, runs: int = 5) -> list[Row]:
    """``client.paginated.task_list()`` through ``pages`` canned pages (``responses``)."""
    import re
    import urllib.parse

    import responses

    import globus_sdk

    per_page = 1000 // pages  # the API serves at most 1000 tasks
    total = per_page * pages

    def page(request: t.Any) -> tuple[int, dict[str, str], str]:
        query = urllib.parse.parse_qs(urllib.parse.urlsplit(request.url).query)
        offset = int(query.get("offset", ["0"])[0])
        limit = int(query["limit"][0])
        tasks = [
            {"task_id": f"task-{i}", "status": "SUCCEEDED"}
            for i in range(offset, min(offset + limit, total))
        ]
        body = {"DATA": tasks, "offset": offset, "limit": limit, "total": total}
        return 200, {"Content-Type": "application/json"}, json.dumps(body)

    client = globus_sdk.TransferClient(
        authorizer=globus_sdk.AccessTokenAuthorizer("bench-token")
    )

    def once() -> float:
        with responses.RequestsMock() as mock:
            mock.add_callback(
                responses.GET, re.compile(r"https://transfer\.api\.globus\.org/v0\.10/task_list.*"),
                callback=page,
            )
            start = time.perf_counter()
            count = sum(1 for _ in client.paginated.task_list(limit=per_page).items())
            elapsed = time.perf_counter() - start
            assert count == total, count
            assert len(mock.calls) == pages, len(mock.calls)
        return elapsed

    elapsed = _median(once, runs)
    return [
        (f"task_list: {pages} pages via paginator (canned)", elapsed * 1000, "ms total"),
        ("task_list: per page", elapsed / pages * 1e6, "us/page"),
    ]


def run() -> list[Row]:
    return bench_transfer_data_build() + bench_submit_transfer() + bench_task_list_pages()


if __name__ == "__main__":
    for name, value, unit in run():
        print(f"{name:<48} {value:>12.3f}  {unit}")
