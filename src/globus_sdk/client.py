"""``BaseClient``: the base of every service client (and of users' own API clients)."""

from __future__ import annotations

import logging
import typing as t
import urllib.parse

from globus_sdk import config, exc, utils
from globus_sdk._internal.urls import quote_path
from globus_sdk.paging import PaginatorTable
from globus_sdk.response import GlobusHTTPResponse
from globus_sdk.transport import RequestsTransport

if t.TYPE_CHECKING:
    from globus_sdk._types import DataParamType, ScopeCollectionType
    from globus_sdk.authorizers import GlobusAuthorizer
    from globus_sdk.globus_app import GlobusApp
    from globus_sdk.scopes import Scope, ScopeBuilder

    _DataParamType = DataParamType

log = logging.getLogger(__name__)


def _origin(url: str) -> tuple[str, str]:
    try:
        parts = urllib.parse.urlsplit(url)
        port = parts.port
    except ValueError as err:  # e.g. a non-numeric or out-of-range port
        raise exc.GlobusSDKUsageError(f"invalid URL {url!r}: {err}") from None
    scheme = parts.scheme.lower()
    port = port or {"https": 443, "http": 80}.get(scheme)
    return scheme, f"{(parts.hostname or '').lower()}:{port}"


def _app_environment(app: GlobusApp) -> str | None:
    env = getattr(getattr(app, "config", None), "environment", None)
    return env if isinstance(env, str) else None


class _instance_or_class_property:  # noqa: N801
    """A read-only property computed from the instance, or from the class on the class."""

    def __init__(self, func: t.Callable[[t.Any], t.Any]) -> None:
        self.func = func
        self.__doc__ = func.__doc__

    def __get__(self, obj: t.Any, cls: type[t.Any]) -> t.Any:
        return self.func(obj if obj is not None else cls)


class BaseClient:
    r"""
    A client for one Globus service (or any HTTP API with the same conventions).

    Subclasses declare ``service_name`` (looked up in the environment's service URLs),
    optionally ``base_path``, ``error_class`` and ``scopes``; their methods build a path,
    call :meth:`get`/:meth:`post`/... and wrap the response.

    :param environment: the environment name (default: ``GLOBUS_SDK_ENVIRONMENT`` or production)
    :param base_url: the service URL, overriding the environment's
    :param app: a ``GlobusApp`` that provides authorization (exclusive with ``authorizer``)
    :param app_scopes: the scopes to request through ``app`` (default: the client's defaults)
    :param authorizer: a ``GlobusAuthorizer`` that provides the Authorization header
    :param app_name: a name for your application, sent in the User-Agent
    :param transport_params: keyword arguments for the transport (e.g. ``http_timeout``)
    """

    #: the service's name in the environment's URL table
    service_name: str = "_base"
    #: a path prefix joined to the service URL (e.g. ``/v0.10/``)
    base_path: str = "/"
    #: the placeholder for "not set"; instances hold the resolved URL
    base_url: str = "_base"
    #: the error raised for error responses
    error_class: type[exc.GlobusAPIError] = exc.GlobusAPIError
    #: the transport class used to send requests
    transport_class: type[RequestsTransport] = RequestsTransport
    #: the scope builder of this service, if it has scopes
    scopes: ScopeBuilder | None = None
    #: ``client.paginated``; clients with paginated methods narrow it to a table class
    #: declaring them (see :class:`~globus_sdk.paging.table.PaginatedMethod`), so type
    #: checkers see each paginated method's own parameters
    paginated: PaginatorTable
    _paginator_table_class: t.ClassVar[type[PaginatorTable]] = PaginatorTable

    def __init__(
        self,
        *,
        environment: str | None = None,
        base_url: str | None = None,
        app: GlobusApp | None = None,
        app_scopes: list[Scope] | None = None,
        authorizer: GlobusAuthorizer | None = None,
        app_name: str | None = None,
        transport_params: dict[str, t.Any] | None = None,
    ) -> None:
        if app is not None and authorizer is not None:
            raise exc.GlobusSDKUsageError(
                "A client may use an 'app' or an 'authorizer', not both."
            )
        if app_scopes is not None and app is None:
            raise exc.GlobusSDKUsageError("'app_scopes' may only be given with an 'app'.")
        if environment is None and app is not None:
            # a client attached to an app talks to the app's environment
            environment = _app_environment(app)
        self.environment = config.get_environment_name(environment)
        if base_url is None:
            if self.service_name == "_base" and type(self).base_url == "_base":
                raise exc.GlobusSDKUsageError(
                    f"{type(self).__name__} has no service_name or base_url; pass base_url="
                )
            if type(self).base_url != "_base":
                base_url = type(self).base_url
            else:
                base_url = config.get_service_url(self.service_name, self.environment)
        self._service_url = base_url
        self.base_url: str = utils.slash_join(base_url, self.base_path)
        self._origin = _origin(self.base_url)
        self.transport = self.transport_class(**(transport_params or {}))
        self.authorizer = authorizer
        self.app: GlobusApp | None = None
        self.app_scopes: list[Scope] | None = None
        self._app_name: str | None = None
        self.paginated = self._paginator_table_class(self)
        if app is not None:
            self.attach_globus_app(app, app_scopes=app_scopes)
        if app_name is not None:
            self.app_name = app_name

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"

    # ---- identity and scopes
    @property
    def app_name(self) -> str | None:
        """A name for your application, appended to the User-Agent."""
        return self._app_name

    @app_name.setter
    def app_name(self, value: str | None) -> None:
        self._app_name = value
        if value is not None:
            self.transport.user_agent = value

    @_instance_or_class_property
    def resource_server(self_or_cls: t.Any) -> str | None:  # noqa: N805
        """
        The resource server of this client's service (from its scopes), or None.
        Readable on the class and on instances (whose scopes may be their own).
        """
        scopes = self_or_cls.scopes
        if scopes is None:
            return None
        rs: str | None = scopes.resource_server
        return rs

    @property
    def default_scope_requirements(self) -> list[Scope]:
        """The scopes a ``GlobusApp`` requests for this client when none are given."""
        raise NotImplementedError(
            f"{type(self).__name__} has no default scope requirements; pass app_scopes="
        )

    def attach_globus_app(self, app: GlobusApp, app_scopes: list[Scope] | None = None) -> None:
        """Use ``app`` for authorization, registering this client's scope needs with it."""
        if self.app is not None:
            raise exc.GlobusSDKUsageError("This client already has a GlobusApp attached.")
        if self.authorizer is not None:
            raise exc.GlobusSDKUsageError(
                "A client may use an 'app' or an 'authorizer', not both."
            )
        resource_server = self.resource_server
        if resource_server is None:
            raise exc.GlobusSDKUsageError(
                f"{type(self).__name__} has no resource_server, so it cannot use a GlobusApp."
            )
        app_environment = _app_environment(app)
        if app_environment is not None and app_environment != self.environment:
            raise exc.GlobusSDKUsageError(
                f"[Environment Mismatch] The {type(self).__name__}'s environment "
                f"({self.environment}) does not match the GlobusApp's configured "
                f"environment ({app_environment})."
            )
        self.app = app
        # copies: a class-level default list is never shared with (or mutated by) the app
        self.app_scopes = list(app_scopes or self.default_scope_requirements)
        app.add_scope_requirements({resource_server: self.app_scopes})
        if self._app_name is None and getattr(app, "app_name", None):
            self.app_name = app.app_name

    def add_app_scope(self, scope_collection: ScopeCollectionType) -> BaseClient:
        """Add scopes that the attached GlobusApp must request for this client."""
        from globus_sdk.scopes import scopes_to_scope_list

        if self.app is None:
            raise exc.GlobusSDKUsageError("add_app_scope requires a client with an 'app'.")
        resource_server = self.resource_server
        if resource_server is None:  # pragma: no cover - attach_globus_app checked it
            raise exc.GlobusSDKUsageError("This client has no resource_server.")
        self.app.add_scope_requirements(
            {resource_server: scopes_to_scope_list(scope_collection)}
        )
        return self

    def _get_authorizer(self) -> GlobusAuthorizer | None:
        if self.authorizer is not None:
            return self.authorizer
        if self.app is not None and self.resource_server is not None:
            return self.app.get_authorizer(self.resource_server)
        return None

    # ---- requests
    def get(
        self,
        path: str,
        *,
        query_params: dict[str, t.Any] | None = None,
        headers: dict[str, str] | None = None,
        automatic_authorization: bool = True,
    ) -> GlobusHTTPResponse:
        """Send a GET to ``path`` (relative to the service URL) and return the response."""
        return self.request(
            "GET",
            path,
            query_params=query_params,
            headers=headers,
            automatic_authorization=automatic_authorization,
        )

    def post(
        self,
        path: str,
        *,
        query_params: dict[str, t.Any] | None = None,
        data: _DataParamType = None,
        headers: dict[str, str] | None = None,
        encoding: str | None = None,
        automatic_authorization: bool = True,
    ) -> GlobusHTTPResponse:
        """Send a POST with ``data`` (JSON by default) and return the response."""
        return self.request(
            "POST",
            path,
            query_params=query_params,
            data=data,
            headers=headers,
            encoding=encoding,
            automatic_authorization=automatic_authorization,
        )

    def put(
        self,
        path: str,
        *,
        query_params: dict[str, t.Any] | None = None,
        data: _DataParamType = None,
        headers: dict[str, str] | None = None,
        encoding: str | None = None,
        automatic_authorization: bool = True,
    ) -> GlobusHTTPResponse:
        """Send a PUT with ``data`` (JSON by default) and return the response."""
        return self.request(
            "PUT",
            path,
            query_params=query_params,
            data=data,
            headers=headers,
            encoding=encoding,
            automatic_authorization=automatic_authorization,
        )

    def patch(
        self,
        path: str,
        *,
        query_params: dict[str, t.Any] | None = None,
        data: _DataParamType = None,
        headers: dict[str, str] | None = None,
        encoding: str | None = None,
        automatic_authorization: bool = True,
    ) -> GlobusHTTPResponse:
        """Send a PATCH with ``data`` (JSON by default) and return the response."""
        return self.request(
            "PATCH",
            path,
            query_params=query_params,
            data=data,
            headers=headers,
            encoding=encoding,
            automatic_authorization=automatic_authorization,
        )

    def delete(
        self,
        path: str,
        *,
        query_params: dict[str, t.Any] | None = None,
        headers: dict[str, str] | None = None,
        automatic_authorization: bool = True,
    ) -> GlobusHTTPResponse:
        """Send a DELETE to ``path`` and return the response."""
        return self.request(
            "DELETE",
            path,
            query_params=query_params,
            headers=headers,
            automatic_authorization=automatic_authorization,
        )

    def request(
        self,
        method: str,
        path: str,
        *,
        query_params: dict[str, t.Any] | None = None,
        data: _DataParamType = None,
        headers: dict[str, str] | None = None,
        encoding: str | None = None,
        allow_redirects: bool = True,
        stream: bool = False,
        automatic_authorization: bool = True,
    ) -> GlobusHTTPResponse:
        """
        Send a request and return the response; raise ``error_class`` for a status
        outside 2xx/3xx.

        ``path`` is relative to the service URL, or an absolute ``http(s)://`` URL. The
        client's credentials are only sent to its own service's origin: an absolute URL
        on another host is requested without them.
        """
        if path.startswith(("https://", "http://")):
            url = path
            same_origin = _origin(url) == self._origin
        else:
            # a path that already names the base path (e.g. "/v0.10/...") is not prefixed twice
            root = self.base_url
            if self.base_path.strip("/") and path.lstrip("/").startswith(
                self.base_path.strip("/") + "/"
            ):
                root = self._service_url
            url = utils.slash_join(root, quote_path(path))
            same_origin = True

        authorizer = self._get_authorizer() if automatic_authorization else None
        if authorizer is not None and not same_origin:
            log.debug("not sending credentials to a foreign origin: %s", _origin(url))
            authorizer = None

        response = self.transport.request(
            method,
            url,
            query_params=query_params,
            data=data,
            headers=headers,
            encoding=encoding,
            authorizer=authorizer,
            allow_redirects=allow_redirects,
            stream=stream,
        )
        if 200 <= response.status_code < 400:
            return GlobusHTTPResponse(response, client=self)
        raise self.error_class(response)
