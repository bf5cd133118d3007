"""
The HTTP server which receives Globus Auth's redirect at the end of a local server
login flow, and the page it shows the user.
"""

from __future__ import annotations

import datetime
import hmac
import html
import http.server
import queue
import socket
import socketserver
import sys
import time
import typing as t
import urllib.parse
from string import Template

from .errors import LocalServerLoginError

#: the page shown in the browser at the end of the flow; ``$login_result`` and
#: ``$post_login_message`` are substituted (with HTML-escaped text)
DEFAULT_HTML_TEMPLATE = Template(
    """<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Globus Login</title>
    <style>
      body { font-family: sans-serif; margin: 0; background: #f4f6f8; color: #1a1a1a; }
      main { max-width: 36em; margin: 4em auto; padding: 2em; background: #fff;
             border-radius: 6px; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.15); }
      h1 { font-size: 1.4em; margin-top: 0; }
    </style>
  </head>
  <body>
    <main>
      <h1>$login_result</h1>
      <p>$post_login_message</p>
      <p>You may close this window.</p>
    </main>
  </body>
</html>
"""
)

# the longest wait of one queue poll, so that Ctrl-C is handled promptly everywhere
_POLL_SECONDS = 1.0


class RedirectHandler(http.server.BaseHTTPRequestHandler):
    """
    Handles the browser's request to the redirect URI: reads ``code`` (or
    ``error``/``error_description``) and ``state`` from the query string, hands the
    outcome to the server and shows the user the server's page.

    Requests for other paths (a browser's ``/favicon.ico``) get a 404 and do not
    affect the flow.
    """

    server: RedirectHTTPServer
    # a client which connects and sends nothing must not hold the server forever
    timeout = 30

    def do_GET(self) -> None:
        """Answer the redirect and pass its code (or error) to the server."""
        url = urllib.parse.urlsplit(self.path)
        if url.path not in ("", "/"):
            self._respond(404, "Not found", "")
            return

        query = urllib.parse.parse_qs(url.query)
        code = _first(query, "code")
        error = _first(query, "error_description") or _first(query, "error")

        if not self.server._state_matches(_first(query, "state")):
            message = (
                "The login response did not match the login request (state "
                "mismatch). Please try again."
            )
            self._respond(400, "Login failed", message)
            self.server.return_code(LocalServerLoginError(message))
        elif code:
            self._respond(200, "Login successful", "")
            self.server.return_code(code)
        else:
            message = error or "No authorization code was received."
            self._respond(400, f"Login failed: {message}", message)
            self.server.return_code(LocalServerLoginError(message))

    def _respond(self, status: int, login_result: str, post_login_message: str) -> None:
        body = self.server.html_template.safe_substitute(
            login_result=html.escape(login_result),
            post_login_message=html.escape(post_login_message),
        ).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        # the URL of this page holds the authorization code: keep it out of caches
        # and out of the Referer of anything the page links to
        self.send_header("Cache-Control", "no-store")
        self.send_header("Referrer-Policy", "no-referrer")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: t.Any) -> None:  # noqa: A002
        # the request line holds the authorization code: never log it
        return None


class RedirectHTTPServer(socketserver.ThreadingMixIn, http.server.HTTPServer):
    """
    An HTTP server which shows ``html_template`` to the user and passes the
    authorization code (or the error) of the redirect it receives to
    :meth:`wait_for_code`.

    :param server_address: the ``(host, port)`` to listen on (port 0: any free port)
    :param handler_class: the request handler class (normally :class:`RedirectHandler`)
    :param html_template: the page shown to the user, with ``$login_result`` and
        ``$post_login_message`` placeholders
    """

    #: how long :meth:`wait_for_code` waits for the redirect
    WAIT_TIMEOUT = datetime.timedelta(minutes=15)

    daemon_threads = True
    block_on_close = False

    def __init__(
        self,
        server_address: tuple[str, int],
        handler_class: type[http.server.BaseHTTPRequestHandler],
        html_template: Template,
    ) -> None:
        super().__init__(server_address, handler_class)
        self.html_template = html_template
        self._auth_code_queue: queue.Queue[str | BaseException] = queue.Queue()
        # the ``state`` the redirect must carry; None accepts any
        self._expected_state: str | None = None

    def _state_matches(self, state: str | None) -> bool:
        if self._expected_state is None:
            return True
        return state is not None and hmac.compare_digest(
            state.encode("utf-8"), self._expected_state.encode("utf-8")
        )

    def handle_error(
        self,
        request: socket.socket | tuple[bytes, socket.socket],
        client_address: t.Any,
    ) -> None:
        """Pass an exception raised while handling a request to the waiting flow."""
        excval = sys.exc_info()[1]
        if excval is not None:
            self._auth_code_queue.put(excval)

    def return_code(self, code: str | BaseException) -> None:
        """Hand the authorization code (or an error) to :meth:`wait_for_code`."""
        self._auth_code_queue.put_nowait(code)

    def wait_for_code(self) -> str | BaseException:
        """
        Wait for the redirect, at most ``WAIT_TIMEOUT``, and return its authorization
        code or the error it produced.

        :raises LocalServerLoginError: if nothing arrives in time
        """
        deadline = time.monotonic() + self.WAIT_TIMEOUT.total_seconds()
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                break
            try:
                # short polls: a blocking get would not see Ctrl-C on Windows
                return self._auth_code_queue.get(timeout=min(remaining, _POLL_SECONDS))
            except queue.Empty:
                continue
        raise LocalServerLoginError("Login timed out. Please try again.")


def _first(query: dict[str, list[str]], key: str) -> str | None:
    values = query.get(key)
    return values[0] if values else None
