"""Payload helpers for Globus Auth request bodies."""

from __future__ import annotations

import uuid

from globus_sdk import utils


class DependentScopeSpec(utils.PayloadWrapper):
    """
    One dependent scope of a scope, as given to
    :meth:`AuthClient.create_scope <globus_sdk.AuthClient.create_scope>` and
    :meth:`AuthClient.update_scope <globus_sdk.AuthClient.update_scope>`.

    :param scope: the ID of the dependent scope
    :param optional: whether users may decline the dependent scope when consenting
    :param requires_refresh_token: whether the dependent scope needs a refresh token
    """

    def __init__(
        self, scope: uuid.UUID | str, optional: bool, requires_refresh_token: bool
    ) -> None:
        super().__init__()
        self["scope"] = str(scope)
        self["optional"] = optional
        self["requires_refresh_token"] = requires_refresh_token
