from __future__ import annotations

import typing as t

from ..builder import ScopeBuilder


class GCSEndpointScopeBuilder(ScopeBuilder):
    """
    The scopes of a Globus Connect Server endpoint; ``resource_server`` is the
    endpoint ID.

    .. code-block:: pycon

        >>> GCSEndpointScopeBuilder("ENDPOINT_ID").manage_collections
        'urn:globus:auth:scope:ENDPOINT_ID:manage_collections'
    """

    _classattr_scope_names: t.ClassVar[list[str]] = ["manage_collections"]

    @property
    def manage_collections(self) -> str:
        """The scope needed to manage the endpoint's collections."""
        return self.urn_scope_string("manage_collections")


class GCSCollectionScopeBuilder(ScopeBuilder):
    """
    The scopes of a Globus Connect Server collection; ``resource_server`` is the
    collection ID.

    .. code-block:: pycon

        >>> GCSCollectionScopeBuilder("COLLECTION_ID").data_access
        'https://auth.globus.org/scopes/COLLECTION_ID/data_access'
        >>> GCSCollectionScopeBuilder("COLLECTION_ID").https
        'https://auth.globus.org/scopes/COLLECTION_ID/https'
    """

    _classattr_scope_names: t.ClassVar[list[str]] = ["data_access", "https"]

    @property
    def data_access(self) -> str:
        """The data access scope of a mapped collection (a Transfer dependency)."""
        return self.url_scope_string("data_access")

    @property
    def https(self) -> str:
        """The scope for HTTPS access to the collection's files."""
        return self.url_scope_string("https")
