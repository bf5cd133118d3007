"""Base classes of the v1 token storage adapters."""

from __future__ import annotations

import abc
import contextlib
import os
import typing as t

from .. import _files

if t.TYPE_CHECKING:
    import globus_sdk


class StorageAdapter(metaclass=abc.ABCMeta):
    """The interface of a v1 token storage adapter."""

    @abc.abstractmethod
    def store(self, token_response: globus_sdk.OAuthTokenResponse) -> None:
        """
        Store the token data of a token response.

        :param token_response: the token response whose ``by_resource_server`` data is
            stored
        """

    @abc.abstractmethod
    def get_token_data(self, resource_server: str) -> dict[str, t.Any] | None:
        """
        Look up the token data of a resource server.

        Returns a dict with the access token, refresh token (may be ``None``) and
        expiration time, or ``None`` when there is no data for that resource server.

        :param resource_server: the resource server to look up
        """

    def on_refresh(self, token_response: globus_sdk.OAuthTokenResponse) -> None:
        """
        The ``on_refresh`` callback of an authorizer: stores the token response.

        :param token_response: the token response received on refresh
        """
        self.store(token_response)


class FileAdapter(StorageAdapter, metaclass=abc.ABCMeta):
    """
    A storage adapter backed by one file, for the single-user case where a user only
    reads their own files.
    """

    filename: str

    def file_exists(self) -> bool:
        """Whether the file used by this adapter exists."""
        return os.path.exists(self.filename)

    @contextlib.contextmanager
    def user_only_umask(self) -> t.Iterator[None]:
        """
        A context manager that sets the process umask to deny rwx to group and world
        and x to the user, restoring it afterwards.

        The adapters do not need it: they create their files with mode 0600 and
        directories with mode 0700 directly. Note that the umask is process-wide.
        """
        with _files.user_only_umask():
            yield
