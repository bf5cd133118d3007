"""The local Globus Connect Personal installation."""

from __future__ import annotations

import os
import typing as t

from globus_sdk.exc import GlobusSDKUsageError

from .owner_info import GlobusConnectPersonalOwnerInfo

if t.TYPE_CHECKING:
    import globus_sdk


def _on_windows() -> bool:
    return os.name == "nt"


class LocalGlobusConnectPersonal:
    """
    The locally installed Globus Connect Personal endpoint of the current user.

    It reads GCP's configuration files; it is not a service client and makes no
    requests itself. Nothing is read until an attribute or method needs it.

    :param config_dir: a non-default configuration directory. On Linux and macOS this
        is the value of GCP's ``-dir`` flag (by default ``~/.globusonline``); on
        Windows it defaults to ``%LOCALAPPDATA%\\Globus Connect``.
    """

    def __init__(self, *, config_dir: str | None = None) -> None:
        self._config_dir = config_dir
        self._endpoint_id: str | None = None

    @property
    def config_dir(self) -> str:
        """
        The configuration directory of this endpoint: the ``config_dir`` given, or the
        platform's default.

        :raises GlobusSDKUsageError: on Windows, when no directory was given and
            ``LOCALAPPDATA`` is not set
        """
        if self._config_dir is None:
            if _on_windows():
                appdata = os.getenv("LOCALAPPDATA")
                if appdata is None:
                    raise GlobusSDKUsageError(
                        "LOCALAPPDATA is not set in this Windows environment. Set it "
                        "or pass an explicit config_dir to LocalGlobusConnectPersonal."
                    )
                self._config_dir = os.path.join(appdata, "Globus Connect")
            else:
                self._config_dir = os.path.expanduser("~/.globusonline")
        return self._config_dir

    def _local_data_dir(self) -> str:
        # on Windows the files sit directly in the config dir; elsewhere under lta/
        if _on_windows():
            return self.config_dir
        return os.path.join(self.config_dir, "lta")

    @t.overload
    def get_owner_info(self) -> GlobusConnectPersonalOwnerInfo | None: ...

    @t.overload
    def get_owner_info(
        self, auth_client: None
    ) -> GlobusConnectPersonalOwnerInfo | None: ...

    @t.overload
    def get_owner_info(
        self, auth_client: globus_sdk.AuthClient
    ) -> dict[str, t.Any] | None: ...

    def get_owner_info(
        self, auth_client: globus_sdk.AuthClient | None = None
    ) -> None | GlobusConnectPersonalOwnerInfo | dict[str, t.Any]:
        """
        Look up the owner of the local endpoint in GCP's ``gridmap`` file, returning a
        :class:`GlobusConnectPersonalOwnerInfo` with an ``id`` or a ``username``.

        With an ``auth_client``, the owner is looked up with the Get Identities API
        (``GET /v2/api/identities``) and the identity document (a dict) is returned
        instead; this can fail like any API call.

        The result is ``None`` when the data is missing or cannot be parsed. It is
        not checked for accuracy: a user can edit the files GCP reads.

        :param auth_client: an AuthClient used to fetch the full identity of the owner
        """
        fname = os.path.join(self._local_data_dir(), "gridmap")
        try:
            with open(fname, encoding="utf-8") as fp:
                lines = [line.strip() for line in fp]
        except (FileNotFoundError, NotADirectoryError, UnicodeDecodeError):
            return None
        first_line = next((line for line in lines if line), None)
        if first_line is None:
            return None
        try:
            owner_info = GlobusConnectPersonalOwnerInfo(config_dn=first_line)
        except ValueError:
            return None

        if auth_client is None:
            return owner_info

        if owner_info.id is not None:
            res = auth_client.get_identities(ids=owner_info.id)
        else:
            res = auth_client.get_identities(usernames=owner_info.username)
        try:
            return t.cast("dict[str, t.Any]", res["identities"][0])
        except (LookupError, TypeError):
            return None

    @property
    def endpoint_id(self) -> str | None:
        """
        The endpoint ID of the local GCP installation (from its ``client-id.txt``),
        or ``None`` when GCP is not set up.

        Read on first access and kept; ``del local_gcp.endpoint_id`` makes the next
        access read it again. The value is not checked for accuracy.

        >>> from globus_sdk import TransferClient, LocalGlobusConnectPersonal
        >>> local_ep = LocalGlobusConnectPersonal()
        >>> ep_id = local_ep.endpoint_id
        >>> tc = TransferClient(...)  # needs auth details
        >>> for f in tc.operation_ls(ep_id):
        ...     print("Local file: ", f["name"])
        """
        if self._endpoint_id is None:
            fname = os.path.join(self._local_data_dir(), "client-id.txt")
            try:
                with open(fname, encoding="utf-8") as fp:
                    value = fp.read().strip()
            except (FileNotFoundError, NotADirectoryError):
                return None
            self._endpoint_id = value or None
        return self._endpoint_id

    @endpoint_id.deleter
    def endpoint_id(self) -> None:
        self._endpoint_id = None
