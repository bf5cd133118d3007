"""The GCS connectors: the kinds of storage a storage gateway can serve, by id and name."""

from __future__ import annotations

import dataclasses
import re
import typing as t
import uuid


@dataclasses.dataclass
class GlobusConnectServerConnector:
    """
    One GCS connector: its display ``name`` (``"POSIX"``) and its ``connector_id``
    (the id storage gateways and user credentials refer to).
    """

    name: str
    connector_id: str


def _normalize_name(name: str) -> str:
    # "Google Cloud Storage", "google_cloud_storage" and "GOOGLE-CLOUD-STORAGE" are one
    return re.sub(r"[\s_-]+", "_", name.strip()).lower()


class ConnectorTable:
    """
    The known GCS connectors, as class attributes (``ConnectorTable.POSIX``), with
    lookup by id or name.

    .. code-block:: pycon

        >>> ConnectorTable.lookup("145812c8-decc-41f1-83cf-bb2a85a2a70b").name
        'POSIX'
        >>> ConnectorTable.lookup("google cloud storage").connector_id
        '56366b96-ac98-11e9-abac-9cb6d0d9fd63'

    :meth:`extend` makes a table with more connectors (e.g. new ones that this version
    of the SDK does not know).
    """

    ACTIVESCALE = GlobusConnectServerConnector(
        name="ActiveScale", connector_id="7251f6c8-93c9-11eb-95ba-12704e0d6a4d"
    )
    AZURE_BLOB = GlobusConnectServerConnector(
        name="Azure Blob", connector_id="9436da0c-a444-11eb-af93-12704e0d6a4d"
    )
    BLACKPEARL = GlobusConnectServerConnector(
        name="BlackPearl", connector_id="7e3f3f5e-350c-4717-891a-2f451c24b0d4"
    )
    BOX = GlobusConnectServerConnector(
        name="Box", connector_id="7c100eae-40fe-11e9-95a3-9cb6d0d9fd63"
    )
    CEPH = GlobusConnectServerConnector(
        name="Ceph", connector_id="1b6374b0-f6a4-4cf7-a26f-f262d9c6ca72"
    )
    DROPBOX = GlobusConnectServerConnector(
        name="Dropbox", connector_id="49b00fd6-63f1-48ae-b27f-d8af4589f876"
    )
    GOOGLE_CLOUD_STORAGE = GlobusConnectServerConnector(
        name="Google Cloud Storage",
        connector_id="56366b96-ac98-11e9-abac-9cb6d0d9fd63",
    )
    GOOGLE_DRIVE = GlobusConnectServerConnector(
        name="Google Drive", connector_id="976cf0cf-78c3-4aab-82d2-7c16adbcc281"
    )
    HPSS = GlobusConnectServerConnector(
        name="HPSS", connector_id="fb656a17-0f69-4e59-95ff-d0a62ca7bdf5"
    )
    IRODS = GlobusConnectServerConnector(
        name="iRODS", connector_id="e47b6920-ff57-11ea-8aaa-000c297ab3c2"
    )
    ONEDRIVE = GlobusConnectServerConnector(
        name="OneDrive", connector_id="28ef55da-1f97-11eb-bdfd-12704e0d6a4d"
    )
    POSIX = GlobusConnectServerConnector(
        name="POSIX", connector_id="145812c8-decc-41f1-83cf-bb2a85a2a70b"
    )
    POSIX_STAGING = GlobusConnectServerConnector(
        name="POSIX Staging", connector_id="052be037-7dda-4d20-b163-3077314dc3e6"
    )
    S3 = GlobusConnectServerConnector(
        name="S3", connector_id="7643e831-5f6c-4b47-a07f-8ee90f401d23"
    )

    @classmethod
    def all_connectors(cls) -> t.Iterable[GlobusConnectServerConnector]:
        """Every connector of this table, in attribute-name order."""
        seen: list[GlobusConnectServerConnector] = []
        for attribute in sorted(dir(cls)):
            if attribute.startswith("_"):
                continue
            value = getattr(cls, attribute)
            if isinstance(value, GlobusConnectServerConnector) and value not in seen:
                seen.append(value)
        return iter(seen)

    @classmethod
    def lookup(cls, name_or_id: uuid.UUID | str) -> GlobusConnectServerConnector | None:
        """
        The connector with this id, name or attribute name, or None. Names match
        regardless of case, and of spaces, ``_`` or ``-`` between words.
        """
        wanted = str(name_or_id)
        wanted_name = _normalize_name(wanted)
        for connector in cls.all_connectors():
            if connector.connector_id.lower() == wanted.lower():
                return connector
            if _normalize_name(connector.name) == wanted_name:
                return connector
        attribute = getattr(cls, wanted_name.upper(), None)
        if isinstance(attribute, GlobusConnectServerConnector):
            return attribute
        return None

    @classmethod
    def extend(
        cls,
        *,
        connector_name: str,
        connector_id: uuid.UUID | str,
        attribute_name: str | None = None,
    ) -> type[ConnectorTable]:
        """
        A subclass of this table with one more connector (this table is unchanged).

        :param connector_name: the connector's display name
        :param connector_id: the connector's id
        :param attribute_name: the class attribute to hold it; by default the name
            upper-cased with spaces and ``-`` replaced by ``_`` (``"My Store"`` ->
            ``MY_STORE``)
        :raises ValueError: if ``attribute_name`` is not an identifier, starts with
            ``_`` or names one of the table's methods
        """
        if attribute_name is None:
            attribute_name = _normalize_name(connector_name).upper()
        existing = getattr(cls, attribute_name, None)
        if (
            not attribute_name.isidentifier()
            or attribute_name.startswith("_")
            or (
                existing is not None
                and not isinstance(existing, GlobusConnectServerConnector)
            )
        ):
            # a private name would hide the connector from all_connectors() and
            # lookup(); a method's name would replace the method
            raise ValueError(f"{attribute_name!r} is not a valid attribute name")
        connector = GlobusConnectServerConnector(
            name=connector_name, connector_id=str(connector_id)
        )
        return type(cls.__name__, (cls,), {attribute_name: connector})
