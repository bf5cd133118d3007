"""
Token data validators: checks a :class:`ValidatingTokenStorage` runs before token
data is stored and after it is retrieved.
"""

from __future__ import annotations

import abc
import threading
import time
import typing as t

from ..token_data import TokenStorageData
from .context import TokenValidationContext
from .errors import (
    ExpiredTokenError,
    IdentityMismatchError,
    MissingIdentityError,
    MissingTokenError,
    UnmetScopeRequirementsError,
)

if t.TYPE_CHECKING:
    import globus_sdk
    from globus_sdk.scopes.consents import ConsentForest


class TokenDataValidator(abc.ABC):
    """
    The interface of a token data validator. Each hook receives the token data (keyed
    by resource server) and a :class:`TokenValidationContext`, and raises a
    ``TokenValidationError`` when the data is not valid.
    """

    @abc.abstractmethod
    def before_store(
        self,
        token_data_by_resource_server: t.Mapping[str, TokenStorageData],
        context: TokenValidationContext,
    ) -> None:
        """
        Validate token data before it is stored.

        :param token_data_by_resource_server: the data about to be stored
        :param context: the validation context
        :raises TokenValidationError: if the data is not valid
        """

    @abc.abstractmethod
    def after_retrieve(
        self,
        token_data_by_resource_server: t.Mapping[str, TokenStorageData],
        context: TokenValidationContext,
    ) -> None:
        """
        Validate token data after it is retrieved.

        :param token_data_by_resource_server: the data just retrieved
        :param context: the validation context
        :raises TokenValidationError: if the data is not valid
        """


class _OnlyBeforeValidator(TokenDataValidator, abc.ABC):
    """A validator which only checks data before it is stored."""

    def after_retrieve(
        self,
        token_data_by_resource_server: t.Mapping[str, TokenStorageData],
        context: TokenValidationContext,
    ) -> None:
        return None


class _OnlyAfterValidator(TokenDataValidator, abc.ABC):
    """A validator which only checks data after it is retrieved."""

    def before_store(
        self,
        token_data_by_resource_server: t.Mapping[str, TokenStorageData],
        context: TokenValidationContext,
    ) -> None:
        return None


class HasRefreshTokensValidator(_OnlyAfterValidator):
    """Requires a refresh token in the data of every retrieved resource server."""

    def after_retrieve(
        self,
        token_data_by_resource_server: t.Mapping[str, TokenStorageData],
        context: TokenValidationContext,
    ) -> None:
        """
        :raises MissingTokenError: if a resource server has no refresh token
        """
        for token_data in token_data_by_resource_server.values():
            if token_data.refresh_token is None:
                raise MissingTokenError(
                    f"No refresh_token for {token_data.resource_server}",
                    resource_server=token_data.resource_server,
                )


class NotExpiredValidator(_OnlyAfterValidator):
    """Requires that no retrieved access token has expired."""

    def after_retrieve(
        self,
        token_data_by_resource_server: t.Mapping[str, TokenStorageData],
        context: TokenValidationContext,
    ) -> None:
        """
        :raises ExpiredTokenError: if an access token has expired
        """
        now = time.time()
        for token_data in token_data_by_resource_server.values():
            if token_data.expires_at_seconds < now:
                raise ExpiredTokenError(token_data.expires_at_seconds)


class UnchangingIdentityIDValidator(_OnlyBeforeValidator):
    """
    Requires that stored token data carries an identity ID, and that it is the same as
    the identity ID of the data stored before.
    """

    def before_store(
        self,
        token_data_by_resource_server: t.Mapping[str, TokenStorageData],
        context: TokenValidationContext,
    ) -> None:
        """
        :raises MissingIdentityError: if the new data has no identity ID
        :raises IdentityMismatchError: if its identity ID differs from the stored one
        """
        if context.token_data_identity_id is None:
            raise MissingIdentityError(
                "Token grant response doesn't contain an id_token. This normally "
                "occurs if the auth flow didn't include 'openid' alongside other "
                "scopes."
            )
        if context.prior_identity_id is None:
            return
        if context.token_data_identity_id != context.prior_identity_id:
            raise IdentityMismatchError(
                "Detected a change in identity associated with the token data.",
                stored_id=context.prior_identity_id,
                new_id=context.token_data_identity_id,
            )


class ScopeRequirementsValidator(TokenDataValidator):
    """
    Requires that token data meets scope requirements, per resource server.

    The scopes of a token must include every (non-optional) required scope string.
    Where a required scope has dependent scopes, the consents of the data's identity
    are read with ``consent_client`` and must meet the requirement. Resource servers
    without requirements are not checked.

    Data without an identity (client credentials tokens, a grant without
    ``openid``) has no consents to read: only its root scopes are checked.

    The consents are read once and kept until new data is stored, except data from
    a refresh of the same identity (a refresh grants no new consents).

    :param scope_requirements: the required scopes, keyed by resource server
    :param consent_client: an AuthClient able to read the user's consents
    """

    def __init__(
        self,
        scope_requirements: t.Mapping[str, t.Sequence[globus_sdk.Scope]],
        consent_client: globus_sdk.AuthClient,
    ) -> None:
        self.scope_requirements = scope_requirements
        self.consent_client = consent_client
        self._cached_consent_forest: tuple[str, ConsentForest] | None = None
        self._consent_lookup = threading.local()

    def before_store(
        self,
        token_data_by_resource_server: t.Mapping[str, TokenStorageData],
        context: TokenValidationContext,
    ) -> None:
        """
        :raises UnmetScopeRequirementsError: if the data does not meet the requirements
        """
        identity_id = context.token_data_identity_id or context.prior_identity_id
        # a new grant may come with new consents (a change of identity misses the
        # cache, which is kept per identity)
        if not context._from_refresh:
            self._cached_consent_forest = None
        for token_data in token_data_by_resource_server.values():
            self._validate_token_data(token_data, identity_id)

    def after_retrieve(
        self,
        token_data_by_resource_server: t.Mapping[str, TokenStorageData],
        context: TokenValidationContext,
    ) -> None:
        """
        :raises UnmetScopeRequirementsError: if the data does not meet the requirements
        """
        identity_id = context.token_data_identity_id or context.prior_identity_id
        for token_data in token_data_by_resource_server.values():
            self._validate_token_data(token_data, identity_id)

    def _unmet(self) -> UnmetScopeRequirementsError:
        return UnmetScopeRequirementsError(
            "Unmet scope requirements",
            scope_requirements={
                resource_server: list(scopes)
                for resource_server, scopes in self.scope_requirements.items()
            },
        )

    def _validate_token_data(
        self, token_data: TokenStorageData, identity_id: str | None
    ) -> None:
        required_scopes = self.scope_requirements.get(token_data.resource_server)
        if not required_scopes:
            return

        granted = set(token_data.scope.split())
        for scope in required_scopes:
            if not scope.optional and scope.scope_string not in granted:
                raise self._unmet()

        if not any(scope.dependencies for scope in required_scopes):
            return
        if identity_id is None:
            # no identity, no consents to read: only the root scopes can be checked
            return
        if getattr(self._consent_lookup, "active", False):
            # this is the token of the consent lookup in progress, validated because
            # the consent client gets it from the same storage: checking its own
            # dependent scopes would need those consents (endless recursion). They
            # are checked when the token is validated for its own use.
            return
        forest = self._get_consent_forest(identity_id)
        if not forest.meets_scope_requirements(list(required_scopes)):
            raise self._unmet()

    def _get_consent_forest(self, identity_id: str) -> ConsentForest:
        cached = self._cached_consent_forest
        if cached is not None and cached[0] == identity_id:
            return cached[1]
        self._consent_lookup.active = True
        try:
            forest: ConsentForest = self.consent_client.get_consents(
                identity_id
            ).to_forest()
        finally:
            self._consent_lookup.active = False
        self._cached_consent_forest = (identity_id, forest)
        return forest
