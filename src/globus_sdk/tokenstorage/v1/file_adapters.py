"""The v1 JSON file storage adapter."""

from __future__ import annotations

import json
import pathlib
import typing as t

from globus_sdk.version import __version__

from .. import _files
from .base import FileAdapter

if t.TYPE_CHECKING:
    import globus_sdk


class SimpleJSONFileAdapter(FileAdapter):
    """
    A storage adapter keeping tokens in one JSON file::

        {"globus-sdk.version": "3.62.0", "format_version": "1.0",
         "by_rs": {"<resource server>": {...token data...}}}

    Files are written atomically with mode 0600; concurrent writers (threads or
    processes) holding the same file merge their data.

    :param filename: the file to read from and write to
    """

    # the version of the file format written by this adapter
    format_version = "1.0"
    # the versions of the file format this adapter can read
    supported_versions = ("1.0",)

    def __init__(self, filename: pathlib.Path | str) -> None:
        self.filename = str(filename)

    def _invalid(self, problem: str) -> t.NoReturn:
        raise _files.CorruptTokenFileError(self.filename, problem)

    def _load(self) -> dict[str, t.Any] | None:
        """Read and validate the file; ``None`` when it does not exist."""
        data = _files.read_json_file(self.filename)
        if data is None:
            return None
        if not isinstance(data, dict):
            self._invalid("the top-level JSON value is not an object")
        if "format_version" not in data:
            self._invalid("no 'format_version' was found")
        if data["format_version"] not in self.supported_versions:
            self._invalid(f"unsupported format_version {data['format_version']!r}")
        if not isinstance(data.get("by_rs"), dict):
            self._invalid("no token data ('by_rs') was found")
        return data

    def store(self, token_response: globus_sdk.OAuthTokenResponse) -> None:
        """
        Write the token data of ``token_response`` (its ``by_resource_server``) to the
        file, keeping the data of other resource servers already in it, and record the
        SDK version.

        :param token_response: the token response to store
        """
        with _files.exclusive_lock(self.filename):
            to_write = self._load() or {
                "format_version": self.format_version,
                "by_rs": {},
            }
            to_write["globus-sdk.version"] = __version__
            to_write["by_rs"].update(token_response.by_resource_server)
            _files.atomic_write_text(self.filename, json.dumps(to_write))

    def get_by_resource_server(self) -> dict[str, t.Any]:
        """
        The token data of the file, in the format of
        ``OAuthTokenResponse.by_resource_server`` (empty when the file does not exist).
        """
        data = self._load()
        if data is None:
            return {}
        return t.cast("dict[str, t.Any]", data["by_rs"])

    def get_token_data(self, resource_server: str) -> dict[str, t.Any] | None:
        """
        The token data of ``resource_server``, or ``None`` when there is none.

        :param resource_server: the resource server to look up
        """
        return t.cast(
            "dict[str, t.Any] | None",
            self.get_by_resource_server().get(resource_server),
        )
