"""The local Globus Connect Server installation."""

from __future__ import annotations

import json
import pathlib
import typing as t

_DEFAULT_INFO_PATH = "/var/lib/globus-connect-server/info.json"


class LocalGlobusConnectServer:
    """
    The Globus Connect Server (v5) endpoint installed on this host, as described by
    its ``info.json`` file. Nothing is read until an attribute needs it.

    :param info_path: the path of the ``info.json`` file of the installation
    """

    def __init__(self, *, info_path: str | pathlib.Path = _DEFAULT_INFO_PATH) -> None:
        self.info_path = pathlib.Path(info_path)
        self._loaded_info: dict[str, t.Any] | None = None

    @property
    def info_dict(self) -> dict[str, t.Any] | None:
        """
        The contents of ``info.json``, or ``None`` when the file is missing, cannot be
        read by this user, or is not a JSON object.

        Read on first success and kept; ``del gcs.info_dict`` makes the next access
        read it again.
        """
        if self._loaded_info is None:
            try:
                with open(self.info_path, encoding="utf-8") as fp:
                    data = json.load(fp)
            except (OSError, ValueError):
                # missing, unreadable or not JSON: try again on the next access
                return None
            if not isinstance(data, dict):
                return None
            self._loaded_info = data
        return self._loaded_info

    @info_dict.deleter
    def info_dict(self) -> None:
        self._loaded_info = None

    @property
    def endpoint_id(self) -> str | None:
        """The endpoint ID of the installation, or ``None`` if it is not known."""
        return self._get_str("endpoint_id")

    @property
    def domain_name(self) -> str | None:
        """The domain name of the endpoint, or ``None`` if it is not known."""
        return self._get_str("domain_name")

    def _get_str(self, key: str) -> str | None:
        info = self.info_dict
        if info is None:
            return None
        value = info.get(key)
        return value if isinstance(value, str) else None
