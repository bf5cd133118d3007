"""
Legacy error formats that carry the same information as a GARE, each convertible to
one with ``to_auth_requirements_error()``:

- ``LegacyAuthorizationParametersError``: ``authorization_parameters`` without a
  ``code`` (or with any code), policies possibly as one comma-separated string
- ``LegacyConsentRequiredTransferError``: Transfer's
  ``{"code": "ConsentRequired", "required_scopes": [...]}``
- ``LegacyConsentRequiredAPError``: action providers'
  ``{"code": "ConsentRequired", "required_scope": "..."}``
- ``LegacyDependentConsentRequiredAuthError``: Auth's
  ``{"error": "dependent_consent_required", ...}`` with ``unapproved_scopes``
"""

from __future__ import annotations

import typing as t

from globus_sdk._serializable import Serializable
from globus_sdk.exc import ValidationError

from . import _validators as validators
from ._auth_requirements_error import GARE, GlobusAuthorizationParameters


def _split_commas(value: str | list[str] | None) -> list[str] | None:
    if isinstance(value, str):
        return [item.strip() for item in value.split(",") if item.strip()]
    return value


class LegacyAuthorizationParameters(Serializable):
    """Authorization parameters as older services send them."""

    def __init__(
        self,
        session_message: str | None = None,
        session_required_identities: list[str] | None = None,
        session_required_policies: str | list[str] | None = None,
        session_required_single_domain: str | list[str] | None = None,
        session_required_mfa: bool | None = None,
        required_scopes: list[str] | None = None,
        prompt: str | None = None,
        extra: dict[str, t.Any] | None = None,
    ) -> None:
        self.session_message = validators.opt_str("session_message", session_message)
        self.session_required_identities = validators.opt_str_list(
            "session_required_identities", session_required_identities
        )
        self.session_required_policies = validators.opt_str_or_str_list(
            "session_required_policies", session_required_policies
        )
        self.session_required_single_domain = validators.opt_str_or_str_list(
            "session_required_single_domain", session_required_single_domain
        )
        self.session_required_mfa = validators.opt_bool(
            "session_required_mfa", session_required_mfa
        )
        self.required_scopes = validators.opt_str_list(
            "required_scopes", required_scopes
        )
        self.prompt = validators.opt_str("prompt", prompt)
        self.extra = dict(extra) if extra else {}

    def to_authorization_parameters(self) -> GlobusAuthorizationParameters:
        """Normalize: comma-separated strings become lists."""
        return GlobusAuthorizationParameters(
            session_message=self.session_message,
            session_required_identities=self.session_required_identities,
            session_required_policies=_split_commas(self.session_required_policies),
            session_required_single_domain=_split_commas(
                self.session_required_single_domain
            ),
            session_required_mfa=self.session_required_mfa,
            required_scopes=self.required_scopes,
            prompt=self.prompt,
            extra=self.extra,
        )


class LegacyAuthorizationParametersError(Serializable):
    """An error with ``authorization_parameters``; ``code`` may be absent."""

    DEFAULT_CODE = "AuthorizationRequired"

    def __init__(
        self,
        authorization_parameters: dict[str, t.Any] | LegacyAuthorizationParameters,
        code: str | None = None,
        extra: dict[str, t.Any] | None = None,
    ) -> None:
        self.code = validators.str_("code", code or self.DEFAULT_CODE)
        self.authorization_parameters = validators.instance_or_dict(
            "authorization_parameters",
            authorization_parameters,
            LegacyAuthorizationParameters,
        )
        self.extra = dict(extra) if extra else {}

    def to_auth_requirements_error(self) -> GARE:
        return GARE(
            code=self.code,
            authorization_parameters=(
                self.authorization_parameters.to_authorization_parameters()
            ),
            extra=self.extra,
        )


class LegacyConsentRequiredTransferError(Serializable):
    """Transfer's ``ConsentRequired`` error, with a list of ``required_scopes``."""

    def __init__(
        self,
        code: str,
        required_scopes: list[str],
        extra: dict[str, t.Any] | None = None,
    ) -> None:
        self.code = validators.literal("code", code, "ConsentRequired")
        self.required_scopes = validators.str_list("required_scopes", required_scopes)
        self.extra = dict(extra) if extra else {}

    def to_auth_requirements_error(self) -> GARE:
        message = self.extra.get("message")
        return GARE(
            code=self.code,
            authorization_parameters=GlobusAuthorizationParameters(
                required_scopes=self.required_scopes,
                session_message=message if isinstance(message, str) else None,
            ),
            extra=self.extra,
        )


class LegacyConsentRequiredAPError(Serializable):
    """Action providers' ``ConsentRequired`` error, with one ``required_scope``."""

    def __init__(
        self,
        code: str,
        required_scope: str,
        extra: dict[str, t.Any] | None = None,
    ) -> None:
        self.code = validators.literal("code", code, "ConsentRequired")
        self.required_scope = validators.str_("required_scope", required_scope)
        self.extra = dict(extra) if extra else {}

    def to_auth_requirements_error(self) -> GARE:
        # parameters sent alongside are kept: known ones as fields, others in extra
        params = validators.opt_dict(
            "authorization_parameters", self.extra.get("authorization_parameters")
        )
        params = dict(params or {})
        description = self.extra.get("description")
        if params.get("session_message") is None and isinstance(description, str):
            params["session_message"] = description
        params["required_scopes"] = [self.required_scope]
        return GARE(
            code=self.code,
            authorization_parameters=GlobusAuthorizationParameters.from_dict(params),
            extra={
                k: v for k, v in self.extra.items() if k != "authorization_parameters"
            },
        )


class LegacyDependentConsentRequiredAuthError(Serializable):
    """
    Auth's ``dependent_consent_required`` error; the scopes lacking consent are listed
    as ``unapproved_scopes`` at the top level or in the ``errors`` entries.
    """

    def __init__(
        self,
        error: str,
        errors: list[dict[str, t.Any]] | None = None,
        unapproved_scopes: list[str] | None = None,
        extra: dict[str, t.Any] | None = None,
    ) -> None:
        self.error = validators.literal("error", error, "dependent_consent_required")
        self.errors = errors if isinstance(errors, list) else None
        self.unapproved_scopes = validators.opt_str_list(
            "unapproved_scopes", unapproved_scopes
        )
        self.extra = dict(extra) if extra else {}
        if not self._required_scopes():
            raise ValidationError("'unapproved_scopes' must list at least one scope")

    def _required_scopes(self) -> list[str]:
        scopes = list(self.unapproved_scopes or [])
        for sub in self.errors or []:
            if isinstance(sub, dict):
                sub_scopes = sub.get("unapproved_scopes")
                if isinstance(sub_scopes, list):
                    scopes.extend(s for s in sub_scopes if isinstance(s, str))
        return list(dict.fromkeys(scopes))

    def to_auth_requirements_error(self) -> GARE:
        extra = dict(self.extra, error=self.error)
        if self.errors is not None:
            extra["errors"] = self.errors
        return GARE(
            code="ConsentRequired",
            authorization_parameters=GlobusAuthorizationParameters(
                required_scopes=self._required_scopes()
            ),
            extra=extra,
        )


class LegacyAuthRequirementsErrorVariant(t.Protocol):
    @classmethod
    def from_dict(
        cls, data: dict[str, t.Any]
    ) -> LegacyAuthRequirementsErrorVariant: ...

    def to_auth_requirements_error(self) -> GARE: ...


#: tried in this order after the modern format
LEGACY_VARIANTS: tuple[type[LegacyAuthRequirementsErrorVariant], ...] = (
    LegacyAuthorizationParametersError,
    LegacyConsentRequiredTransferError,
    LegacyConsentRequiredAPError,
    LegacyDependentConsentRequiredAuthError,
)
