"""Core benchmarks: import time, per-request overhead, pagination."""

from __future__ import annotations

import gc
import statistics
import subprocess
import sys
import time
import typing as t

Row = t.Tuple[str, float, str]


def _median_run(cmd: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bench_import(runs: int = 15) -> list[Row]:
    py = sys.executable
    bare = _median_run([py, "-c", "pass"], runs)
    sdk = _median_run([py, "-c", "import globus_sdk"], runs)
    req = _median_run([py, "-c", "import requests"], runs)
    tc = _median_run([py, "-c", "import globus_sdk; globus_sdk.TransferClient"], runs)
    return [
        ("import globus_sdk over bare python", (sdk - bare) * 1000, "ms (target <= 25)"),
        ("import globus_sdk; TransferClient / import requests", tc / req, "x (target <= 1.05)"),
    ]


def _interleaved(funcs: dict[str, t.Callable[[], object]], rounds: int, per_round: int) -> dict[str, float]:
    """Median seconds per call of each function, measured in interleaved rounds."""
    samples: dict[str, list[float]] = {k: [] for k in funcs}
    for f in funcs.values():  # warm up
        for _ in range(50):
            f()
    gc.disable()
    try:
        for _ in range(rounds):
            for name, f in funcs.items():
                start = time.perf_counter()
                for _ in range(per_round):
                    f()
                samples[name].append((time.perf_counter() - start) / per_round)
    finally:
        gc.enable()
    return {k: statistics.median(v) for k, v in samples.items()}


def bench_request_overhead(rounds: int = 15, per_round: int = 200) -> list[Row]:
    import requests

    import globus_sdk

    from ._server import BenchServer

    class BenchClient(globus_sdk.BaseClient):
        service_name = "bench"

    with BenchServer() as server:
        session = requests.Session()
        prepared = session.prepare_request(
            requests.Request(
                "GET",
                f"{server.url}/endpoint/e0e0e0e0",
                headers={"Authorization": "Bearer bench-token", "Accept": "application/json"},
            )
        )

        def raw() -> object:
            return session.send(prepared, timeout=60).json()

        client = BenchClient(
            base_url=server.url, authorizer=globus_sdk.AccessTokenAuthorizer("bench-token")
        )

        def sdk() -> object:
            return client.get("/endpoint/e0e0e0e0").data

        result = _interleaved({"raw": raw, "sdk": sdk}, rounds, per_round)
    return [
        ("raw requests.Session.send", result["raw"] * 1e6, "us/call"),
        ("BaseClient.get (authorizer, retry loop, wrapper)", result["sdk"] * 1e6, "us/call"),
        ("BaseClient.get / raw send", result["sdk"] / result["raw"], "x (target <= 1.05)"),
    ]


def bench_pagination(pages: int = 200) -> list[Row]:
    import json

    import globus_sdk
    from globus_sdk.paging import MarkerPaginator, has_paginator

    from ._server import BenchServer

    body = json.dumps(
        {"DATA": [{"id": i} for i in range(10)], "has_next_page": True, "marker": "m"}
    ).encode()

    class PagedClient(globus_sdk.BaseClient):
        service_name = "bench"
        calls = 0

        @has_paginator(MarkerPaginator, items_key="DATA")
        def list_things(self, *, marker: str | None = None) -> globus_sdk.GlobusHTTPResponse:
            self.calls += 1
            res = self.get("/things", query_params={"marker": marker or globus_sdk.MISSING})
            # the bench server always says "more"; give each page a fresh marker
            res._parsed = dict(res.data, marker=f"m{self.calls}",
                               has_next_page=self.calls < pages)
            return res

    with BenchServer(body) as server:
        client = PagedClient(base_url=server.url)
        start = time.perf_counter()
        count = sum(1 for _ in client.paginated.list_things().items())
        elapsed = time.perf_counter() - start
    assert count == pages * 10, count
    return [(f"paginate {pages} pages (loopback)", elapsed * 1000, "ms total")]


def bench_large_response(items: int = 50_000, rounds: int = 5) -> list[Row]:
    """A multi-megabyte JSON body: SDK get + .data vs raw requests get + .json()."""
    import json

    import requests

    import globus_sdk

    from ._server import BenchServer

    body = json.dumps(
        {"DATA": [{"id": i, "name": f"file-{i}.dat", "size": i * 7} for i in range(items)]}
    ).encode()

    class BenchClient(globus_sdk.BaseClient):
        service_name = "bench"

    with BenchServer(body) as server:
        session = requests.Session()
        client = BenchClient(base_url=server.url)
        result = _interleaved(
            {
                "raw": lambda: session.get(f"{server.url}/big").json(),
                "sdk": lambda: client.get("/big").data,
            },
            rounds,
            1,
        )
    size_mb = len(body) / 1e6
    return [
        (f"large response ({size_mb:.1f} MB) raw get+json", result["raw"] * 1000, "ms"),
        (f"large response ({size_mb:.1f} MB) BaseClient.get+data", result["sdk"] * 1000, "ms"),
        ("large response SDK / raw", result["sdk"] / result["raw"], "x"),
    ]


def run() -> list[Row]:
    return (
        bench_import()
        + bench_request_overhead()
        + bench_pagination()
        + bench_large_response()
    )
