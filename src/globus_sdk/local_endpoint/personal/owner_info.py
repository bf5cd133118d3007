"""The owner of the local Globus Connect Personal endpoint, parsed from its gridmap."""

from __future__ import annotations

import uuid

# the subject DN GCP writes to its gridmap file, before the owner's name or ID
_GRIDMAP_DN_START = "/C=US/O=Globus Consortium/OU=Globus Connect User/CN="


def _is_uuid(value: str) -> bool:
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


class GlobusConnectPersonalOwnerInfo:
    """
    Information about the owner of the local Globus Connect Personal endpoint.

    Users should not create these objects directly, but get them from
    :meth:`LocalGlobusConnectPersonal.get_owner_info`.

    The info contains either an ``id`` or a ``username``: whichever the GCP
    configuration holds is set, and the other attribute is ``None``.

    :ivar id: the Globus Auth ID of the endpoint owner
    :ivar username: the Globus Auth username of the endpoint owner
    :param config_dn: a DN value from the GCP configuration (a line of its
        ``gridmap`` file), such as
        ``"/C=US/O=Globus Consortium/OU=Globus Connect User/CN=foo" foo``
    :raises ValueError: if the DN cannot be parsed
    """

    # catch misspelled attributes early
    __slots__ = ("username", "id")

    username: str | None
    id: str | None

    def __init__(self, *, config_dn: str) -> None:
        self.username = None
        self.id = None

        # a gridmap line is '"<DN>" <local user>'; a bare DN is accepted as well
        line = config_dn.strip()
        if line.startswith('"'):
            end = line.find('"', 1)
            if end == -1:
                raise ValueError("could not parse GCP owner DN: unterminated quote")
            dn = line[1:end]
        else:
            dn = line
        if not dn.startswith(_GRIDMAP_DN_START):
            raise ValueError("could not parse GCP owner DN: unexpected format")

        # the CN is the owner's username or ID, which never contains whitespace
        cn_parts = dn[len(_GRIDMAP_DN_START) :].split()
        if not cn_parts:
            raise ValueError("could not parse GCP owner DN: no owner name or ID")
        value = cn_parts[0]
        if _is_uuid(value):
            self.id = value
        elif "@" in value:
            self.username = value
        else:
            # GCP writes Globus ID usernames without their domain
            self.username = f"{value}@globusid.org"

    def __str__(self) -> str:
        if self.id is not None:
            return f"GlobusConnectPersonalOwnerInfo(id={self.id!r})"
        return f"GlobusConnectPersonalOwnerInfo(username={self.username!r})"

    __repr__ = __str__
