"""A token storage wrapper which validates data on the way in and out."""

from __future__ import annotations

import typing as t

from ..base import TokenStorage, _token_data_from_response
from ..token_data import TokenStorageData
from .context import TokenValidationContext
from .errors import MissingTokenError
from .validators import TokenDataValidator

if t.TYPE_CHECKING:
    import globus_sdk


class ValidatingTokenStorage(TokenStorage):
    """
    Wraps a :class:`TokenStorage`, running validators before data is stored
    (``before_store``) and after it is retrieved (``after_retrieve``).

    The identity ID of the stored data is tracked (read from the wrapped storage when
    this object is created, then updated on every store) so that validators can
    compare new data with it.

    :param token_storage: the storage which holds the data
    :param validators: the validators to run, in order
    """

    def __init__(
        self,
        token_storage: TokenStorage,
        *,
        validators: t.Iterable[TokenDataValidator] = (),
    ) -> None:
        self.token_storage = token_storage
        self.validators: list[TokenDataValidator] = list(validators)
        self.identity_id = _identity_id_from_token_data(
            token_storage.get_token_data_by_resource_server()
        )
        super().__init__(namespace=token_storage.namespace)

    def _make_context(
        self, token_data_by_resource_server: t.Mapping[str, TokenStorageData]
    ) -> TokenValidationContext:
        return TokenValidationContext(
            prior_identity_id=self.identity_id,
            token_data_identity_id=_identity_id_from_token_data(
                token_data_by_resource_server
            ),
        )

    def store_token_response(
        self, token_response: globus_sdk.OAuthTokenResponse
    ) -> None:
        """
        Store every entry of ``token_response.by_resource_server``, validated.

        The identity ID comes from the response's ``id_token``. A refresh response
        (``OAuthRefreshTokenResponse``) has none: its tokens keep the identity already
        stored, and a resource server whose refresh token was not rotated (no
        ``refresh_token`` in the response) keeps its stored refresh token.

        :param token_response: the token response to store
        :raises TokenValidationError: if a validator rejects the data (nothing is
            stored)
        """
        from globus_sdk.services.auth import OAuthRefreshTokenResponse

        identity_id = self._extract_identity_id(token_response)
        is_refresh = isinstance(token_response, OAuthRefreshTokenResponse)
        stored: dict[str, TokenStorageData] = {}
        if is_refresh:
            stored = self.token_storage.get_token_data_by_resource_server()
            if identity_id is None:
                identity_id = _identity_id_from_token_data(stored) or self.identity_id

        token_data_by_resource_server = _token_data_from_response(
            token_response, identity_id, prior=stored
        )
        self._validate_and_store(token_data_by_resource_server, from_refresh=is_refresh)

    def store_token_data_by_resource_server(
        self, token_data_by_resource_server: t.Mapping[str, TokenStorageData]
    ) -> None:
        """
        Validate the data with every validator's ``before_store``, then store it.

        :param token_data_by_resource_server: token data keyed by resource server
        :raises TokenValidationError: if a validator rejects the data (nothing is
            stored)
        """
        self._validate_and_store(token_data_by_resource_server, from_refresh=False)

    def _validate_and_store(
        self,
        token_data_by_resource_server: t.Mapping[str, TokenStorageData],
        *,
        from_refresh: bool,
    ) -> None:
        context = self._make_context(token_data_by_resource_server)
        context._from_refresh = from_refresh
        for validator in self.validators:
            validator.before_store(token_data_by_resource_server, context)
        self.token_storage.store_token_data_by_resource_server(
            token_data_by_resource_server
        )
        if context.token_data_identity_id is not None:
            self.identity_id = context.token_data_identity_id

    def get_token_data_by_resource_server(self) -> dict[str, TokenStorageData]:
        """
        Retrieve all token data of the namespace and validate it with every
        validator's ``after_retrieve``.

        :raises TokenValidationError: if a validator rejects the data
        """
        token_data_by_resource_server = (
            self.token_storage.get_token_data_by_resource_server()
        )
        self._validate_after_retrieve(token_data_by_resource_server)
        return token_data_by_resource_server

    def get_token_data(self, resource_server: str) -> TokenStorageData:
        """
        The token data of ``resource_server``, validated with every validator's
        ``after_retrieve`` (only this record is validated).

        :param resource_server: the resource server to look up
        :raises MissingTokenError: if there is no data for ``resource_server``
        :raises TokenValidationError: if a validator rejects the data
        """
        token_data = self.token_storage.get_token_data(resource_server)
        if token_data is None:
            raise MissingTokenError(
                f"No token data for {resource_server}", resource_server=resource_server
            )
        self._validate_after_retrieve({resource_server: token_data})
        return token_data

    def _validate_after_retrieve(
        self, token_data_by_resource_server: t.Mapping[str, TokenStorageData]
    ) -> None:
        context = self._make_context(token_data_by_resource_server)
        for validator in self.validators:
            validator.after_retrieve(token_data_by_resource_server, context)

    def remove_token_data(self, resource_server: str) -> bool:
        """
        Remove the token data of ``resource_server`` (no validation).

        :param resource_server: the resource server whose data is removed
        """
        return self.token_storage.remove_token_data(resource_server)


def _identity_id_from_token_data(
    token_data_by_resource_server: t.Mapping[str, TokenStorageData],
) -> str | None:
    identity_ids = {
        token_data.identity_id
        for token_data in token_data_by_resource_server.values()
        if token_data.identity_id is not None
    }
    if not identity_ids:
        return None
    if len(identity_ids) == 1:
        return identity_ids.pop()
    raise ValueError(
        "token_data_by_resource_server contained TokenStorageData objects with "
        "different identity_id values"
    )
