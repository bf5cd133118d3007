"""Structured extra information parsed from API errors (authorization parameters, consents)."""

from __future__ import annotations

import typing as t


class ErrorInfo:
    """Base for parsed error details; falsy when the error did not carry this kind of info."""

    _has_data: bool

    def __bool__(self) -> bool:
        return self._has_data

    def _fields(self) -> dict[str, t.Any]:
        return {k: v for k, v in vars(self).items() if not k.startswith("_")}

    def __str__(self) -> str:
        if not self._has_data:
            return f"{type(self).__name__}(:)"
        attrs = ", ".join(f"{k}={v!r}" for k, v in self._fields().items())
        return f"{type(self).__name__}({attrs})"


def _str_list(value: t.Any) -> list[str] | None:
    if isinstance(value, list) and all(isinstance(x, str) for x in value):
        return list(value)
    return None


class AuthorizationParameterInfo(ErrorInfo):
    """
    The ``authorization_parameters`` of an error: what a new login must satisfy
    (session identities, domains, policies, MFA) and a message for the user.
    """

    def __init__(self, error_data: dict[str, t.Any]) -> None:
        data = error_data.get("authorization_parameters")
        self._has_data = isinstance(data, dict)
        data = data if isinstance(data, dict) else {}
        msg = data.get("session_message")
        self.session_message: str | None = msg if isinstance(msg, str) else None
        self.session_required_identities: list[str] | None = _str_list(
            data.get("session_required_identities")
        )
        self.session_required_single_domain: list[str] | None = _str_list(
            data.get("session_required_single_domain")
        )
        policies = data.get("session_required_policies")
        if isinstance(policies, str):  # some services send a comma-delimited string
            policies = policies.split(",")
        self.session_required_policies: list[str] | None = _str_list(policies)
        mfa = data.get("session_required_mfa")
        self.session_required_mfa: bool | None = mfa if isinstance(mfa, bool) else None


class ConsentRequiredInfo(ErrorInfo):
    """The scopes a ``ConsentRequired`` error asks the user to consent to."""

    def __init__(self, error_data: dict[str, t.Any]) -> None:
        scopes = _str_list(error_data.get("required_scopes"))
        self._has_data = error_data.get("code") == "ConsentRequired" and bool(scopes)
        self.required_scopes: list[str] = scopes if self._has_data and scopes else []


class ErrorInfoContainer:
    """Holds every kind of :class:`ErrorInfo` parsed from one error."""

    def __init__(self, error_data: dict[str, t.Any] | None) -> None:
        data = error_data or {}
        self.authorization_parameters = AuthorizationParameterInfo(data)
        self.consent_required = ConsentRequiredInfo(data)

    def __str__(self) -> str:
        return f"{self.authorization_parameters}|{self.consent_required}"
