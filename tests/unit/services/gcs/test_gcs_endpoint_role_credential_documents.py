"""EndpointDocument, GCSRoleDocument and UserCredentialDocument."""

from __future__ import annotations

import uuid

from globus_sdk import (
    MISSING,
    EndpointDocument,
    GCSRoleDocument,
    UserCredentialDocument,
)


def test_endpoint_document_minimal():
    assert dict(EndpointDocument()) == {"DATA_TYPE": "endpoint#1.0.0"}


def test_endpoint_document_omits_missing_and_keeps_none():
    doc = EndpointDocument(
        display_name="EP",
        keywords=("x", "y"),
        subscription_id=None,
        public=MISSING,
        max_concurrency=4,
    )
    assert dict(doc) == {
        "DATA_TYPE": "endpoint#1.0.0",
        "display_name": "EP",
        "keywords": ["x", "y"],
        "subscription_id": None,
        "max_concurrency": 4,
    }


def test_endpoint_document_one_keyword_string_is_one_keyword():
    # as in the collection documents: a str is one keyword, not its characters
    assert EndpointDocument(keywords="genomics")["keywords"] == ["genomics"]


def test_endpoint_document_gridftp_port_implies_1_1_0():
    assert EndpointDocument(gridftp_control_channel_port=2811)["DATA_TYPE"] == (
        "endpoint#1.1.0"
    )
    # null still means "set it" (back to the default), so it needs 1.1.0 too
    assert EndpointDocument(gridftp_control_channel_port=None)["DATA_TYPE"] == (
        "endpoint#1.1.0"
    )


def test_endpoint_document_explicit_data_type_and_additional_fields():
    doc = EndpointDocument(data_type="endpoint#1.2.0", additional_fields={"extra": [1]})
    assert dict(doc) == {"DATA_TYPE": "endpoint#1.2.0", "extra": [1]}


def test_endpoint_document_class_attributes():
    assert EndpointDocument.DATATYPE_BASE == "endpoint"
    assert EndpointDocument.DATATYPE_VERSION_IMPLICATIONS == {
        "gridftp_control_channel_port": (1, 1, 0)
    }
    assert EndpointDocument.DATATYPE_VERSION_CALLBACKS == ()


def test_role_document():
    assert dict(GCSRoleDocument()) == {"DATA_TYPE": "role#1.0.0"}
    doc = GCSRoleDocument(
        collection=uuid.UUID("c0c0c0c0-0000-4000-8000-000000000001"),
        principal="urn:globus:groups:id:6a6a6a6a-0000-4000-8000-000000000001",
        role="access_manager",
        additional_fields={"x": 1},
    )
    assert dict(doc) == {
        "DATA_TYPE": "role#1.0.0",
        "collection": "c0c0c0c0-0000-4000-8000-000000000001",
        "principal": "urn:globus:groups:id:6a6a6a6a-0000-4000-8000-000000000001",
        "role": "access_manager",
        "x": 1,
    }


def test_user_credential_document():
    assert dict(UserCredentialDocument()) == {"DATA_TYPE": "user_credential#1.0.0"}
    doc = UserCredentialDocument(
        DATA_TYPE="user_credential#1.1.0",
        identity_id=uuid.UUID("1d1d1d1d-0000-4000-8000-000000000001"),
        username="alice",
        policies={"DATA_TYPE": "s3_user_credential_policies#1.0.0"},
    )
    assert dict(doc) == {
        "DATA_TYPE": "user_credential#1.1.0",
        "identity_id": "1d1d1d1d-0000-4000-8000-000000000001",
        "username": "alice",
        "policies": {"DATA_TYPE": "s3_user_credential_policies#1.0.0"},
    }


def test_user_credential_repr_masks_secrets():
    doc = UserCredentialDocument(
        policies={
            "DATA_TYPE": "s3_user_credential_policies#1.0.0",
            "s3_key_id": "AKIAEXAMPLE",
            "s3_secret_key": "very-secret-value",
        }
    )
    text = repr(doc)
    assert "very-secret-value" not in text
    assert "very-secret-value" not in str(doc)
    assert "AKIAEXAMPLE" in text
    assert text.startswith("UserCredentialDocument(")
    # the document itself is unchanged
    assert doc["policies"]["s3_secret_key"] == "very-secret-value"
