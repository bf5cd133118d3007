"""``AuthAPIError``: an error response from Globus Auth."""

from __future__ import annotations

import typing as t

from globus_sdk import exc
from globus_sdk.exc.api import ErrorSubdocument


class AuthAPIError(exc.GlobusAPIError):
    """
    An error response from Globus Auth.

    Globus Auth answers with one of these shapes, all parsed into ``code``,
    ``messages``, ``errors`` and ``request_id``:

    - an OAuth2 error: ``{"error": "invalid_grant", "error_description": "..."}``
      (``code`` is the ``error`` value)
    - an API error: ``{"errors": [{"id": ..., "code": ..., "title": ..., "detail": ...}],
      "error": ..., "error_description": ...}`` (``code`` is the errors' common code, or
      the top-level ``error``; ``request_id`` is the errors' common ``id``)
    - a ``{"code": ..., "message": ...}`` document

    Any other body (HTML, truncated JSON, a list, ``null``) leaves ``code`` as
    ``"Error"`` and the text available as ``text``.
    """

    def _post_parse_hook(self) -> bool:
        body = self.raw_json
        if body is None:
            return False  # not a JSON object: the generic parsing applies
        errors = body.get("errors")
        if isinstance(errors, list):
            self._parse_auth_errors_array(body, errors)
        else:
            self._parse_auth_document(body)
        return True

    def _parse_auth_errors_array(
        self, body: dict[str, t.Any], errors: list[t.Any]
    ) -> None:
        self.errors = [
            ErrorSubdocument(e, message_fields=self.MESSAGE_FIELDS)
            for e in errors
            if isinstance(e, dict)
        ]
        sub_codes = {e.code for e in self.errors if e.code}
        top_code = _str_code(body.get("code"))
        if top_code is not None:
            self.code = top_code
        elif len(sub_codes) == 1:
            self.code = sub_codes.pop()
        elif isinstance(body.get("error"), str):
            self.code = body["error"]

        messages = [e.message for e in self.errors if e.message]
        if not messages:
            top = _first_str(body, [*self.MESSAGE_FIELDS, "error_description"])
            messages = [top] if top else []
        self.messages = messages

        if self.request_id is None:
            # a list, not a set: an odd body may hold unhashable ids
            ids = [e.get("id") for e in self.errors]
            if ids and isinstance(ids[0], str) and all(i == ids[0] for i in ids):
                self.request_id = ids[0]

    def _parse_auth_document(self, body: dict[str, t.Any]) -> None:
        self.errors = [
            ErrorSubdocument(
                body, message_fields=[*self.MESSAGE_FIELDS, "error_description"]
            )
        ]
        code = _str_code(body.get("code"))
        if code is None and isinstance(body.get("error"), str):
            code = body["error"]
        if code is not None:
            self.code = code
        message = _first_str(body, [*self.MESSAGE_FIELDS, "error_description"])
        self.messages = [message] if message else []


def _str_code(value: t.Any) -> str | None:
    if isinstance(value, str) and value:
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return None


def _first_str(body: dict[str, t.Any], fields: t.Sequence[str]) -> str | None:
    for field in fields:
        value = body.get(field)
        if isinstance(value, str) and value:
            return value
    return None
