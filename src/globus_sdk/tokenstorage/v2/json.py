"""The v2 JSON file token storage."""

from __future__ import annotations

import json
import typing as t

from globus_sdk.version import __version__

from .. import _files
from .base import FileTokenStorage
from .token_data import TokenStorageData


class JSONTokenStorage(FileTokenStorage):
    """
    A token storage kept in a JSON file::

        {"globus-sdk.version": "3.62.0", "format_version": "2.0",
         "data": {"<namespace>": {"<resource server>": {...token data...}}}}

    Files in the v1 format (``SimpleJSONFileAdapter``'s ``"by_rs"`` layout) are read
    as the ``"DEFAULT"`` namespace and converted to the v2 format on the next write.

    Writes are atomic (the old file stays intact if the process dies mid-write), the
    file has mode 0600, and concurrent writers (threads or processes) merge their
    changes under a file lock. A file that cannot be parsed raises ``ValueError``
    naming the file, and is never overwritten.

    :param filepath: the file to read from and write to
    :param namespace: the namespace under which data is read and written
    """

    # the version of the file format written by this storage
    format_version = "2.0"
    # the versions of the file format this storage can read
    supported_versions = ("1.0", "2.0")
    file_format = "json"

    def _invalid(self, problem: str) -> t.NoReturn:
        raise _files.CorruptTokenFileError(self.filepath, problem)

    def _load(self) -> dict[str, t.Any]:
        """Read the file, converted to the v2 layout; ``{}`` when it does not exist."""
        data = _files.read_json_file(self.filepath)
        if data is None:
            return {}
        if not isinstance(data, dict):
            self._invalid("the top-level JSON value is not an object")
        return self._handle_formats(data)

    def _handle_formats(self, data: dict[str, t.Any]) -> dict[str, t.Any]:
        if "format_version" not in data:
            self._invalid("no 'format_version' was found")
        version = data["format_version"]
        if version not in self.supported_versions:
            self._invalid(f"unsupported format_version {version!r}")
        if version == "1.0":
            if not isinstance(data.get("by_rs"), dict):
                self._invalid("no token data ('by_rs') was found")
            data = {
                "globus-sdk.version": data.get("globus-sdk.version"),
                "format_version": self.format_version,
                "data": {"DEFAULT": data["by_rs"]},
            }
        if not isinstance(data.get("data"), dict):
            self._invalid("no token data ('data') was found")
        for namespace, by_rs in data["data"].items():
            if not isinstance(by_rs, dict) or not all(
                isinstance(v, dict) for v in by_rs.values()
            ):
                self._invalid(f"the data of namespace {namespace!r} is malformed")
        return data

    def store_token_data_by_resource_server(
        self, token_data_by_resource_server: t.Mapping[str, TokenStorageData]
    ) -> None:
        """
        Write token data for one or more resource servers to the current namespace of
        the file, keeping all other data in it.

        :param token_data_by_resource_server: token data keyed by resource server
        """
        with _files.exclusive_lock(self.filepath):
            to_write = self._load()
            namespace_data = to_write.setdefault("data", {}).setdefault(
                self.namespace, {}
            )
            for resource_server, token_data in token_data_by_resource_server.items():
                namespace_data[resource_server] = token_data.to_dict()
            self._write(to_write)

    def get_token_data_by_resource_server(self) -> dict[str, TokenStorageData]:
        """All token data of the current namespace, keyed by resource server."""
        by_rs = self._load().get("data", {}).get(self.namespace, {})
        return {
            resource_server: TokenStorageData.from_dict(token_data)
            for resource_server, token_data in by_rs.items()
        }

    def remove_token_data(self, resource_server: str) -> bool:
        """
        Remove the token data of ``resource_server`` from the current namespace.

        Returns ``True`` when data was removed, ``False`` when there was none (the
        file is then left as it is).

        :param resource_server: the resource server whose data is removed
        """
        with _files.exclusive_lock(self.filepath):
            to_write = self._load()
            namespace_data = to_write.get("data", {}).get(self.namespace, {})
            if resource_server not in namespace_data:
                return False
            del namespace_data[resource_server]
            self._write(to_write)
            return True

    def _write(self, data: dict[str, t.Any]) -> None:
        data["globus-sdk.version"] = __version__
        data["format_version"] = self.format_version
        _files.atomic_write_text(self.filepath, json.dumps(data))
