"""``GlobusAPIError``: an error status from a Globus service, parsed into clean fields."""

from __future__ import annotations

import json
import typing as t
import urllib.parse

from .base import GlobusError
from .err_info import ErrorInfoContainer

if t.TYPE_CHECKING:
    import requests

# query parameters whose values never appear in error text
_SENSITIVE_QUERY_KEYS = frozenset(
    {"access_token", "refresh_token", "code", "client_secret", "password", "token", "code_verifier"}
)
_MAX_TEXT_IN_STR = 500


def _redact_url(url: str | None) -> str:
    if not url:
        return ""
    try:
        parts = urllib.parse.urlsplit(url)
    except ValueError:
        return "<unparseable url>"
    if not parts.query:
        return url
    pairs = urllib.parse.parse_qsl(parts.query, keep_blank_values=True)
    if not any(k.lower() in _SENSITIVE_QUERY_KEYS for k, _ in pairs):
        return url
    query = urllib.parse.urlencode(
        [(k, "***" if k.lower() in _SENSITIVE_QUERY_KEYS else v) for k, v in pairs]
    )
    return urllib.parse.urlunsplit(parts._replace(query=query))


def _shorten(text: str) -> str:
    if len(text) <= _MAX_TEXT_IN_STR:
        return text
    return text[:_MAX_TEXT_IN_STR] + f"... ({len(text)} chars)"


class ErrorSubdocument:
    """
    One error object inside an API error body (for example one entry of a JSON:API
    ``errors`` array), with its ``code`` and ``message``.
    """

    DEFAULT_MESSAGE_FIELDS: tuple[str, ...] = ("detail", "title")

    def __init__(
        self, data: dict[str, t.Any], *, message_fields: t.Sequence[str] | None = None
    ) -> None:
        self.raw = data
        self._message_fields: tuple[str, ...] = (
            tuple(message_fields) if message_fields is not None else self.DEFAULT_MESSAGE_FIELDS
        )

    @property
    def message(self) -> str | None:
        """The first message field holding a string, if any."""
        for field in self._message_fields:
            value = self.raw.get(field)
            if isinstance(value, str):
                return value
        return None

    @property
    def code(self) -> str | None:
        """The ``code`` of this error, if it is a string."""
        value = self.raw.get("code")
        return value if isinstance(value, str) else None

    def get(self, key: str, default: t.Any = None) -> t.Any | None:
        return self.raw.get(key, default)

    def __repr__(self) -> str:
        return f"ErrorSubdocument(code={self.code!r}, message={self.message!r})"


class GlobusAPIError(GlobusError):
    """
    A service answered with an error status.

    The body is parsed whatever its shape: a JSON:API ``errors`` array, a Transfer-style
    ``code``/``message`` document, an Auth-style ``error``/``error_description`` document,
    or a non-JSON body (an HTML page, truncated JSON, a list, ``null``).
    """

    MESSAGE_FIELDS: list[str] = ["message", "detail", "title"]
    RECOGNIZED_AUTHZ_SCHEMES: list[str] = ["bearer", "basic", "globus-goauthtoken"]

    def __init__(self, r: requests.Response, *args: t.Any, **kwargs: t.Any) -> None:
        self._underlying_response = r
        self.http_status: int = r.status_code
        self.code: str | None = "Error"
        self.request_id: str | None = None
        self.messages: list[str] = []
        self.errors: list[ErrorSubdocument] = []
        self._cached_json: t.Any = None
        self._json_loaded = False
        self._parse_response()
        self._info: ErrorInfoContainer | None = None
        super().__init__(*self._get_args())

    # ---- raw access
    @property
    def headers(self) -> t.Mapping[str, str]:
        return self._underlying_response.headers

    @property
    def content_type(self) -> str | None:
        return self._underlying_response.headers.get("Content-Type")

    @property
    def http_reason(self) -> str:
        return self._underlying_response.reason or ""

    @property
    def binary_content(self) -> bytes:
        return self._underlying_response.content or b""

    @property
    def text(self) -> str:
        return self._underlying_response.text or ""

    @property
    def raw_text(self) -> str:
        """The body as text, exactly as received."""
        return self.text

    def _json_body(self) -> t.Any:
        if not self._json_loaded:
            self._json_loaded = True
            try:
                self._cached_json = json.loads(self.binary_content.decode("utf-8", "replace"))
            except ValueError:
                self._cached_json = None
        return self._cached_json

    @property
    def raw_json(self) -> dict[str, t.Any] | None:
        """The body parsed as a JSON object, or None if it is not one."""
        body = self._json_body()
        return body if isinstance(body, dict) else None

    @property
    def _dict_data(self) -> dict[str, t.Any]:
        return self.raw_json or {}

    @property
    def message(self) -> str | None:
        """All messages joined with ``"; "``, or None."""
        if not self.messages:
            return None
        return "; ".join(self.messages)

    @message.setter
    def message(self, value: str) -> None:
        self.messages = [value]

    @property
    def info(self) -> ErrorInfoContainer:
        """Authorization parameters and consent requirements carried by this error."""
        if self._info is None:
            data = self._dict_data
            if not (data.get("authorization_parameters") or data.get("required_scopes")):
                for err in self.errors:
                    if err.get("authorization_parameters") or err.get("required_scopes"):
                        data = err.raw
                        break
            self._info = ErrorInfoContainer(data)
        return self._info

    # ---- parsing
    def _parse_response(self) -> None:
        body = self._json_body()
        if isinstance(body, dict):
            rid = body.get("request_id")
            if isinstance(rid, str):
                self.request_id = rid
        if self._post_parse_hook():
            return
        if not isinstance(body, dict):
            self._parse_non_dict_body(body)
        elif isinstance(body.get("errors"), list):
            self._parse_errors_array(body)
        else:
            self._parse_single_document(body)

    def _post_parse_hook(self) -> bool:
        """Service subclasses parse their own shapes here; return True when done."""
        return False

    def _parse_non_dict_body(self, body: t.Any) -> None:
        # HTML pages, truncated JSON, lists, null: keep the status as the code
        self.code = "Error"
        if isinstance(body, list):
            dicts = [x for x in body if isinstance(x, dict)]
            self.errors = [ErrorSubdocument(d, message_fields=self.MESSAGE_FIELDS) for d in dicts]
            self.messages = [e.message for e in self.errors if e.message]

    def _parse_errors_array(self, body: dict[str, t.Any]) -> None:
        self.errors = [
            ErrorSubdocument(e, message_fields=self.MESSAGE_FIELDS)
            for e in body["errors"]
            if isinstance(e, dict)
        ]
        codes = {e.code for e in self.errors if e.code}
        if isinstance(body.get("code"), str):
            self.code = body["code"]
        elif len(codes) == 1:
            self.code = codes.pop()
        msgs = [e.message for e in self.errors if e.message]
        top = self._first_message(body)
        self.messages = [top] if top and not msgs else msgs
        if self.request_id is None:
            for e in self.errors:
                rid = e.get("request_id")
                if isinstance(rid, str):
                    self.request_id = rid
                    break

    def _parse_single_document(self, body: dict[str, t.Any]) -> None:
        sub = ErrorSubdocument(body, message_fields=self.MESSAGE_FIELDS + ["error_description"])
        self.errors = [sub]
        code = body.get("code")
        if isinstance(code, str):
            self.code = code
        elif isinstance(code, int) and not isinstance(code, bool):
            self.code = str(code)
        elif isinstance(body.get("error"), str):
            self.code = body["error"]
        message = self._first_message(body)
        if message is None and isinstance(body.get("error_description"), str):
            message = body["error_description"]
        self.messages = [message] if message else []

    def _first_message(self, body: dict[str, t.Any]) -> str | None:
        for field in self.MESSAGE_FIELDS:
            value = body.get(field)
            if isinstance(value, str):
                return value
        return None

    # ---- rendering
    def _get_request_authorization_scheme(self) -> str | None:
        try:
            header = self._underlying_response.request.headers.get("Authorization")
        except AttributeError:
            return None
        if not header:
            return None
        scheme = header.split(" ", 1)[0]
        return scheme if scheme.lower() in self.RECOGNIZED_AUTHZ_SCHEMES else "unknown-scheme"

    def _get_args(self) -> list[t.Any]:
        request = getattr(self._underlying_response, "request", None)
        method = getattr(request, "method", None)
        url = getattr(request, "url", None) or self._underlying_response.url or ""
        message = self.message
        if message is None:
            message = _shorten(self.text) if self.text else ""
        return [
            method,
            _redact_url(str(url)),
            self._get_request_authorization_scheme(),
            self.http_status,
            self.code,
            _shorten(message),
        ]
