"""ConnectorTable and GlobusConnectServerConnector."""

from __future__ import annotations

import uuid

import pytest

from globus_sdk import ConnectorTable, GlobusConnectServerConnector

EXPECTED = {
    "ACTIVESCALE": "ActiveScale",
    "AZURE_BLOB": "Azure Blob",
    "BLACKPEARL": "BlackPearl",
    "BOX": "Box",
    "CEPH": "Ceph",
    "DROPBOX": "Dropbox",
    "GOOGLE_CLOUD_STORAGE": "Google Cloud Storage",
    "GOOGLE_DRIVE": "Google Drive",
    "HPSS": "HPSS",
    "IRODS": "iRODS",
    "ONEDRIVE": "OneDrive",
    "POSIX": "POSIX",
    "POSIX_STAGING": "POSIX Staging",
    "S3": "S3",
}


def test_table_contents():
    for attribute, name in EXPECTED.items():
        connector = getattr(ConnectorTable, attribute)
        assert isinstance(connector, GlobusConnectServerConnector)
        assert connector.name == name
        assert str(uuid.UUID(connector.connector_id)) == connector.connector_id
    assert ConnectorTable.POSIX.connector_id == "145812c8-decc-41f1-83cf-bb2a85a2a70b"
    assert ConnectorTable.S3.connector_id == "7643e831-5f6c-4b47-a07f-8ee90f401d23"
    ids = [c.connector_id for c in ConnectorTable.all_connectors()]
    assert len(ids) == len(set(ids)) == len(EXPECTED)


@pytest.mark.parametrize(
    "key",
    [
        "145812c8-decc-41f1-83cf-bb2a85a2a70b",
        "145812C8-DECC-41F1-83CF-BB2A85A2A70B",
        uuid.UUID("145812c8-decc-41f1-83cf-bb2a85a2a70b"),
        "POSIX",
        "posix",
    ],
)
def test_lookup_posix(key):
    assert ConnectorTable.lookup(key) is ConnectorTable.POSIX


@pytest.mark.parametrize(
    "key", ["Google Cloud Storage", "google_cloud_storage", "GOOGLE-CLOUD-STORAGE"]
)
def test_lookup_by_name_forms(key):
    assert ConnectorTable.lookup(key) is ConnectorTable.GOOGLE_CLOUD_STORAGE


def test_lookup_distinguishes_posix_and_posix_staging():
    assert ConnectorTable.lookup("POSIX Staging") is ConnectorTable.POSIX_STAGING


def test_lookup_unknown():
    assert ConnectorTable.lookup("not-a-connector") is None
    assert ConnectorTable.lookup(uuid.UUID(int=0)) is None


def test_connector_equality_and_repr():
    a = GlobusConnectServerConnector(name="X", connector_id="1")
    assert a == GlobusConnectServerConnector(name="X", connector_id="1")
    assert a != GlobusConnectServerConnector(name="X", connector_id="2")
    assert "X" in repr(a) and "'1'" in repr(a)


def test_extend():
    new_id = uuid.UUID("0f0f0f0f-0000-4000-8000-000000000001")
    extended = ConnectorTable.extend(connector_name="My Store", connector_id=new_id)
    assert issubclass(extended, ConnectorTable)
    assert extended.MY_STORE.name == "My Store"  # type: ignore[attr-defined]
    assert extended.MY_STORE.connector_id == str(new_id)  # type: ignore[attr-defined]
    assert extended.lookup(new_id) is extended.MY_STORE  # type: ignore[attr-defined]
    assert extended.lookup("POSIX") is ConnectorTable.POSIX
    assert len(list(extended.all_connectors())) == len(EXPECTED) + 1
    # the original table is unchanged
    assert ConnectorTable.lookup(new_id) is None
    assert not hasattr(ConnectorTable, "MY_STORE")


def test_extend_with_attribute_name_and_chaining():
    t1 = ConnectorTable.extend(
        connector_name="A", connector_id="a-id", attribute_name="FIRST"
    )
    t2 = t1.extend(connector_name="B", connector_id="b-id")
    assert t2.FIRST.name == "A"  # type: ignore[attr-defined]
    assert t2.B.connector_id == "b-id"  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "attribute_name", ["not valid", "_HIDDEN", "lookup", "extend"]
)
def test_extend_rejects_bad_attribute_names(attribute_name):
    with pytest.raises(ValueError):
        ConnectorTable.extend(
            connector_name="x", connector_id="x", attribute_name=attribute_name
        )


def test_extend_may_replace_a_connector():
    table = ConnectorTable.extend(
        connector_name="POSIX", connector_id="new-posix-id", attribute_name="POSIX"
    )
    assert table.POSIX.connector_id == "new-posix-id"
    assert table.lookup("new-posix-id") is table.POSIX
    assert ConnectorTable.POSIX.connector_id != "new-posix-id"
