"""MappedCollectionDocument / GuestCollectionDocument and collection policies."""

from __future__ import annotations

import uuid

import pytest

from globus_sdk import (
    CollectionDocument,
    GoogleCloudStorageCollectionPolicies,
    GuestCollectionDocument,
    MappedCollectionDocument,
    POSIXCollectionPolicies,
    POSIXStagingCollectionPolicies,
)


def test_collection_document_is_abstract():
    with pytest.raises(TypeError):
        CollectionDocument()  # type: ignore[abstract]


@pytest.mark.parametrize(
    "cls, collection_type",
    [(MappedCollectionDocument, "mapped"), (GuestCollectionDocument, "guest")],
)
def test_minimal_documents(cls, collection_type):
    doc = cls()
    assert doc.collection_type == collection_type
    assert dict(doc) == {
        "collection_type": collection_type,
        "DATA_TYPE": "collection#1.0.0",
    }


@pytest.mark.parametrize(
    "kwargs, version",
    [
        ({"display_name": "x", "public": True}, "1.0.0"),
        ({"enable_https": True}, "1.1.0"),
        ({"user_message": "short"}, "1.1.0"),
        ({"user_message_link": "https://example.org"}, "1.1.0"),
        ({"sharing_users_allow": ["a"]}, "1.2.0"),
        ({"sharing_users_deny": ["a"]}, "1.2.0"),
        ({"force_verify": False}, "1.4.0"),
        ({"disable_anonymous_writes": True}, "1.5.0"),
        ({"guest_auth_policy_id": "90190190-0000-4000-8000-000000000001"}, "1.6.0"),
        ({"user_message": "x" * 65}, "1.7.0"),
        ({"delete_protected": True}, "1.8.0"),
        ({"acl_expiration_mins": 30}, "1.10.0"),
        ({"restrict_transfers_to_high_assurance": "all"}, "1.12.0"),
        ({"auto_delete_timeout": 7}, "1.13.0"),
        ({"associated_flow_policy": {"flow_id": "f"}}, "1.15.0"),
        # the highest implied version wins
        (
            {"enable_https": True, "force_verify": True, "user_message": "y" * 80},
            "1.7.0",
        ),
    ],
)
def test_mapped_datatype_deduction(kwargs, version):
    doc = MappedCollectionDocument(**kwargs)
    assert doc["DATA_TYPE"] == f"collection#{version}"


@pytest.mark.parametrize(
    "kwargs, version",
    [
        ({"user_message": "x" * 64}, "1.1.0"),
        ({"skip_auto_delete": False}, "1.13.0"),
        ({"activity_notification_policy": {"transfer": []}}, "1.14.0"),
    ],
)
def test_guest_datatype_deduction(kwargs, version):
    assert GuestCollectionDocument(**kwargs)["DATA_TYPE"] == f"collection#{version}"


def test_explicit_data_type_wins():
    doc = MappedCollectionDocument(data_type="collection#1.9.0", force_verify=True)
    assert doc["DATA_TYPE"] == "collection#1.9.0"


def test_mapped_document_fields_and_conversions():
    doc = MappedCollectionDocument(
        storage_gateway_id=uuid.UUID("56565656-0000-4000-8000-000000000001"),
        identity_id=uuid.UUID("1d1d1d1d-0000-4000-8000-000000000001"),
        keywords=iter(["a", "b"]),
        sharing_users_allow="one-user",
        public=0,  # type: ignore[arg-type]
        acl_expiration_mins="60",  # type: ignore[arg-type]
        display_name=None,
        additional_fields={"extra": 1, "display_name": "from additional"},
    )
    assert doc["storage_gateway_id"] == "56565656-0000-4000-8000-000000000001"
    assert doc["identity_id"] == "1d1d1d1d-0000-4000-8000-000000000001"
    assert doc["keywords"] == ["a", "b"]
    assert doc["sharing_users_allow"] == ["one-user"]
    assert doc["public"] is False
    assert doc["acl_expiration_mins"] == 60
    assert doc["extra"] == 1
    # None leaves a field out; additional_fields are included as given
    assert doc["display_name"] == "from additional"


def test_none_values_are_omitted():
    doc = GuestCollectionDocument(
        display_name=None, mapped_collection_id=None, skip_auto_delete=None
    )
    assert set(doc) == {"collection_type", "DATA_TYPE"}


@pytest.mark.parametrize(
    "cls, data_type",
    [
        (POSIXCollectionPolicies, "posix_collection_policies#1.0.0"),
        (POSIXStagingCollectionPolicies, "posix_staging_collection_policies#1.0.0"),
    ],
)
def test_posix_collection_policies(cls, data_type):
    assert dict(cls()) == {"DATA_TYPE": data_type}
    policies = cls(
        sharing_groups_allow="g1",
        sharing_groups_deny=("g2", "g3"),
        additional_fields={"x": True},
    )
    assert dict(policies) == {
        "DATA_TYPE": data_type,
        "sharing_groups_allow": ["g1"],
        "sharing_groups_deny": ["g2", "g3"],
        "x": True,
    }


def test_google_cloud_storage_collection_policies():
    assert dict(GoogleCloudStorageCollectionPolicies(project="proj")) == {
        "DATA_TYPE": "google_cloud_storage_collection_policies#1.0.0",
        "project": "proj",
    }


def test_policies_do_not_change_the_collection_version():
    doc = MappedCollectionDocument(
        policies=GoogleCloudStorageCollectionPolicies(project="p")
    )
    assert doc["DATA_TYPE"] == "collection#1.0.0"
    assert doc["policies"]["project"] == "p"
