"""Base classes of the v2 token storages."""

from __future__ import annotations

import abc
import contextlib
import os
import pathlib
import re
import typing as t

from globus_sdk.exc import GlobusSDKUsageError

from .. import _files
from .token_data import TokenStorageData

if t.TYPE_CHECKING:
    import uuid

    import globus_sdk
    from globus_sdk.globus_app.config import GlobusAppConfig
    from globus_sdk.services.auth import IDTokenDecoder


class TokenStorage(metaclass=abc.ABCMeta):
    """
    The interface for storing and retrieving token data (:class:`TokenStorageData`),
    one record per resource server, partitioned by namespace.

    :param namespace: a user-chosen partition of the stored data, so that several sets
        of tokens (users, profiles, environments) can share one storage
    """

    def __init__(self, namespace: str = "DEFAULT") -> None:
        self.namespace = namespace
        self.id_token_decoder: IDTokenDecoder | None = None

    @abc.abstractmethod
    def store_token_data_by_resource_server(
        self, token_data_by_resource_server: t.Mapping[str, TokenStorageData]
    ) -> None:
        """
        Store token data for one or more resource servers in the current namespace,
        replacing the records of those resource servers.

        :param token_data_by_resource_server: token data keyed by resource server
        """

    @abc.abstractmethod
    def get_token_data_by_resource_server(self) -> dict[str, TokenStorageData]:
        """All token data of the current namespace, keyed by resource server."""

    def get_token_data(self, resource_server: str) -> TokenStorageData | None:
        """
        The token data of ``resource_server``, or ``None`` when there is none.

        :param resource_server: the resource server to look up
        """
        return self.get_token_data_by_resource_server().get(resource_server)

    @abc.abstractmethod
    def remove_token_data(self, resource_server: str) -> bool:
        """
        Remove the token data of ``resource_server`` from the current namespace.

        Returns ``True`` when data was removed, ``False`` when there was none.

        :param resource_server: the resource server whose data is removed
        """

    def store_token_response(
        self, token_response: globus_sdk.OAuthTokenResponse
    ) -> None:
        """
        Store every entry of ``token_response.by_resource_server``.

        The identity ID comes from the response's ``id_token`` (decoded with
        ``id_token_decoder`` when one is set); it is ``None`` when the response has no
        ``id_token`` (the grant did not include the ``openid`` scope).

        :param token_response: the token response to store
        """
        identity_id = self._extract_identity_id(token_response)
        self.store_token_data_by_resource_server(
            _token_data_from_response(token_response, identity_id)
        )

    def _extract_identity_id(
        self, token_response: globus_sdk.OAuthTokenResponse
    ) -> str | None:
        # a dependent token response is a JSON array: it never carries an id_token
        data = getattr(token_response, "data", None)
        id_token = data.get("id_token") if isinstance(data, t.Mapping) else None
        if not id_token:
            return None

        if self.id_token_decoder is not None:
            decoded = self.id_token_decoder.decode(id_token)
        else:
            decoded = token_response.decode_id_token()
        return t.cast("str", decoded["sub"])


class FileTokenStorage(TokenStorage, metaclass=abc.ABCMeta):
    """
    A token storage kept in one file.

    Subclasses set ``file_format`` (the file extension used by
    :meth:`for_globus_app`, e.g. ``"json"``). Files the storage creates have mode
    0600 and the directories it creates have mode 0700.

    :param filepath: the file to read from and write to
    :param namespace: the namespace under which data is read and written
    """

    # the file extension of this storage format; set by subclasses
    file_format: str = "_UNSET_"

    def __init__(
        self, filepath: pathlib.Path | str, *, namespace: str = "DEFAULT"
    ) -> None:
        self.filepath = str(filepath)
        super().__init__(namespace=namespace)

    @classmethod
    def for_globus_app(
        cls,
        client_id: uuid.UUID | str,
        app_name: str,
        config: GlobusAppConfig,
        namespace: str,
    ) -> TokenStorage:
        """
        Make the storage of a GlobusApp, in its default location:
        ``~/.globus/app/{client_id}/{app_name}/tokens.{file_format}`` (on Windows,
        under ``%LOCALAPPDATA%\\globus\\app``). The app name is slugified for use in a
        path.

        :param client_id: the client ID of the app
        :param app_name: the name of the app
        :param config: the app's configuration
        :param namespace: the namespace under which the app's data is kept
        """
        filepath = _default_globus_app_filepath(client_id, app_name)
        return cls(filepath=f"{filepath}.{cls.file_format}", namespace=namespace)

    def file_exists(self) -> bool:
        """Whether the file used by this storage exists."""
        return os.path.exists(self.filepath)

    @contextlib.contextmanager
    def user_only_umask(self) -> t.Iterator[None]:
        """
        A context manager that sets the process umask to deny rwx to group and world
        and x to the user, restoring it afterwards.

        The storages do not need it: they create their files with mode 0600 and
        directories with mode 0700 directly. Note that the umask is process-wide.
        """
        with _files.user_only_umask():
            yield


def _token_data_from_response(
    token_response: globus_sdk.OAuthTokenResponse,
    identity_id: str | None,
    prior: t.Mapping[str, TokenStorageData] | None = None,
) -> dict[str, TokenStorageData]:
    """
    The ``TokenStorageData`` of each entry of ``token_response.by_resource_server``.
    An entry without a refresh token keeps that of its ``prior`` data, if any.
    """
    prior = prior or {}
    token_data_by_resource_server = {}
    for resource_server, token_dict in token_response.by_resource_server.items():
        refresh_token = token_dict.get("refresh_token")
        if refresh_token is None and resource_server in prior:
            refresh_token = prior[resource_server].refresh_token
        token_data_by_resource_server[resource_server] = TokenStorageData(
            resource_server=token_dict["resource_server"],
            identity_id=identity_id,
            scope=token_dict["scope"],
            access_token=token_dict["access_token"],
            refresh_token=refresh_token,
            expires_at_seconds=token_dict["expires_at_seconds"],
            token_type=token_dict.get("token_type"),
        )
    return token_data_by_resource_server


# characters which are not allowed in file names on at least one platform
_RESERVED_FS_CHARS = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
# names which are reserved on Windows, with or without an extension
_RESERVED_FS_NAMES = re.compile(r"^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$")


def _safe_path_component(value: str, *, what: str) -> str:
    component = _RESERVED_FS_CHARS.sub("+", value)
    if component in ("", ".", "..") or _RESERVED_FS_NAMES.match(component.lower()):
        raise GlobusSDKUsageError(
            f"The {what} {value!r} cannot be used as a file name; choose another one."
        )
    return component


def _slugify_app_name(app_name: str) -> str:
    """
    Make an app name usable as a directory name: characters reserved in file names
    become ``+``, whitespace becomes ``-``, and the result is lowercased.
    """
    slug = re.sub(r"\s", "-", app_name).lower()
    return _safe_path_component(slug, what="app name")


def _on_windows() -> bool:
    return os.name == "nt"


def _default_globus_app_filepath(client_id: uuid.UUID | str, app_name: str) -> str:
    """
    The default token file path of a GlobusApp, without extension:
    ``~/.globus/app/{client_id}/{app_name}/tokens``.
    """
    if _on_windows():
        datadir = os.getenv("LOCALAPPDATA")
        if datadir is None:
            raise GlobusSDKUsageError(
                "LOCALAPPDATA is not set; cannot choose a default token storage "
                "location. Pass an explicit token storage to the app."
            )
        base = os.path.join(datadir, "globus", "app")
    else:
        base = os.path.join(os.path.expanduser("~"), ".globus", "app")
    return os.path.join(
        base,
        _safe_path_component(str(client_id), what="client ID"),
        _slugify_app_name(app_name),
        "tokens",
    )
