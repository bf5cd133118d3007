"""The GARE document and its authorization parameters."""

from __future__ import annotations

import typing as t

from globus_sdk._serializable import Serializable

from . import _validators as validators

# the parameters that tell a client what to do; a bare session_message does not
_ACTIONABLE_PARAMETERS = (
    "session_required_identities",
    "session_required_policies",
    "session_required_single_domain",
    "session_required_mfa",
    "required_scopes",
    "prompt",
)


class GlobusAuthorizationParameters(Serializable):
    """
    Authorization parameters that can be passed to a login flow to control how the
    user authenticates. In a :class:`GARE` they describe the additional authorization
    needed to complete a request that was refused.

    :ivar session_message: a message to be displayed to the user
    :ivar session_required_identities: identity IDs (or usernames) one of which the
        user must authenticate with
    :ivar session_required_policies: IDs of authentication policies to satisfy
    :ivar session_required_single_domain: domains one of which the user must
        authenticate with
    :ivar session_required_mfa: whether multi-factor authentication is required
    :ivar required_scopes: scopes for which consent is required
    :ivar prompt: the OIDC ``prompt`` parameter; Globus Auth supports ``"login"``
        and ``"none"``
    :ivar extra: additional fields that were provided (kept for forward and backward
        compatibility)
    """

    def __init__(
        self,
        *,
        session_message: str | None = None,
        session_required_identities: list[str] | None = None,
        session_required_policies: list[str] | None = None,
        session_required_single_domain: list[str] | None = None,
        session_required_mfa: bool | None = None,
        required_scopes: list[str] | None = None,
        prompt: str | None = None,
        extra: dict[str, t.Any] | None = None,
    ) -> None:
        self.session_message = validators.opt_str("session_message", session_message)
        self.session_required_identities = validators.opt_str_list(
            "session_required_identities", session_required_identities
        )
        self.session_required_policies = validators.opt_str_list(
            "session_required_policies", session_required_policies
        )
        self.session_required_single_domain = validators.opt_str_list(
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

    def _is_actionable(self) -> bool:
        return any(getattr(self, name) is not None for name in _ACTIONABLE_PARAMETERS)

    def __repr__(self) -> str:
        parts = [
            f"{name}={getattr(self, name)!r}"
            for name in self._supported_fields()
            if getattr(self, name) is not None
        ]
        if self.extra:
            parts.append(f"extra={self.extra!r}")
        return f"GlobusAuthorizationParameters({', '.join(parts)})"


class GARE(Serializable):
    """
    A Globus Auth Requirements Error: a document by which a Globus service says that
    more authorization is needed to complete a request, and how to get it.

    .. code-block:: json

        {
          "code": "AuthorizationRequired",
          "authorization_parameters": {
            "session_message": "You need to authenticate with an identity from ...",
            "session_required_single_domain": ["example.edu"]
          }
        }

    Build one from a dict with :meth:`from_dict`, or from any error (dict, error
    subdocument or :class:`~globus_sdk.GlobusAPIError`, including the legacy
    formats) with :func:`~globus_sdk.gare.to_gare`.

    :ivar code: the error code
    :ivar authorization_parameters: what a login flow should request
    :ivar extra: additional fields that were provided (kept for forward and backward
        compatibility)
    """

    def __init__(
        self,
        code: str,
        authorization_parameters: dict[str, t.Any] | GlobusAuthorizationParameters,
        *,
        extra: dict[str, t.Any] | None = None,
    ) -> None:
        self.code = validators.str_("code", code)
        self.authorization_parameters = validators.instance_or_dict(
            "authorization_parameters",
            authorization_parameters,
            GlobusAuthorizationParameters,
        )
        self.extra = dict(extra) if extra else {}

    def __repr__(self) -> str:
        extra = f", extra={self.extra!r}" if self.extra else ""
        return (
            f"GARE(code={self.code!r}, "
            f"authorization_parameters={self.authorization_parameters!r}{extra})"
        )
