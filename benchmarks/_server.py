"""A minimal keep-alive JSON server on 127.0.0.1 for benchmarks (stdlib only)."""

from __future__ import annotations

import http.server
import threading
import typing as t

BODY = b'{"DATA_TYPE": "endpoint", "id": "e0e0e0e0-0000-4000-8000-000000000001", "display_name": "bench"}'


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    body = BODY

    def log_message(self, format: str, *args: t.Any) -> None:
        pass

    def _reply(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    do_GET = do_POST = _reply


class BenchServer:
    def __init__(self, body: bytes = BODY) -> None:
        handler = type("Handler", (_Handler,), {"body": body})
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def __enter__(self) -> BenchServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
