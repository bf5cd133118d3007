"""StorageGatewayDocument and the storage gateway policies."""

from __future__ import annotations

import pytest

import globus_sdk
from globus_sdk import StorageGatewayDocument, StorageGatewayPolicies


def test_minimal_document():
    assert dict(StorageGatewayDocument()) == {"DATA_TYPE": "storage_gateway#1.0.0"}


def test_require_mfa_implies_1_1_0():
    assert StorageGatewayDocument(require_mfa=False)["DATA_TYPE"] == (
        "storage_gateway#1.1.0"
    )


def test_explicit_data_type():
    doc = StorageGatewayDocument(DATA_TYPE="storage_gateway#1.2.0", require_mfa=True)
    assert doc["DATA_TYPE"] == "storage_gateway#1.2.0"


def test_fields_and_conversions():
    doc = StorageGatewayDocument(
        display_name="GW",
        connector_id=globus_sdk.ConnectorTable.POSIX.connector_id,
        root="/",
        identity_mappings=iter([{"DATA_TYPE": "expression_identity_mapping#1.0.0"}]),
        allowed_domains="example.org",
        users_allow=("u1", "u2"),
        users_deny=[],
        high_assurance=False,
        authentication_timeout_mins=60,
        additional_fields={"process_user": "gcs"},
    )
    assert dict(doc) == {
        "DATA_TYPE": "storage_gateway#1.0.0",
        "display_name": "GW",
        "connector_id": "145812c8-decc-41f1-83cf-bb2a85a2a70b",
        "root": "/",
        "identity_mappings": [{"DATA_TYPE": "expression_identity_mapping#1.0.0"}],
        "allowed_domains": ["example.org"],
        "users_allow": ["u1", "u2"],
        "users_deny": [],
        "high_assurance": False,
        "authentication_timeout_mins": 60,
        "process_user": "gcs",
    }


@pytest.mark.parametrize(
    "cls, kwargs, expect",
    [
        (
            globus_sdk.POSIXStoragePolicies,
            {"groups_allow": ["a"], "groups_deny": "b"},
            {
                "DATA_TYPE": "posix_storage_policies#1.0.0",
                "groups_allow": ["a"],
                "groups_deny": ["b"],
            },
        ),
        (
            globus_sdk.POSIXStagingStoragePolicies,
            {
                "stage_app": "/bin/stage",
                "environment": iter([{"name": "A", "value": "1"}]),
            },
            {
                "DATA_TYPE": "posix_staging_storage_policies#1.0.0",
                "stage_app": "/bin/stage",
                "environment": [{"name": "A", "value": "1"}],
            },
        ),
        (
            globus_sdk.BlackPearlStoragePolicies,
            {"s3_endpoint": "https://bp", "bp_access_id_file": "/f"},
            {
                "DATA_TYPE": "blackpearl_storage_policies#1.0.0",
                "s3_endpoint": "https://bp",
                "bp_access_id_file": "/f",
            },
        ),
        (
            globus_sdk.BoxStoragePolicies,
            {"enterpriseID": "ent", "boxAppSettings": {"clientID": "x"}},
            {
                "DATA_TYPE": "box_storage_policies#1.0.0",
                "enterpriseID": "ent",
                "boxAppSettings": {"clientID": "x"},
            },
        ),
        (
            globus_sdk.CephStoragePolicies,
            {"s3_buckets": ("b1",), "ceph_admin_key_id": "k"},
            {
                "DATA_TYPE": "ceph_storage_policies#1.0.0",
                "s3_buckets": ["b1"],
                "ceph_admin_key_id": "k",
            },
        ),
        (
            globus_sdk.GoogleDriveStoragePolicies,
            {"client_id": "cid", "user_api_rate_quota": 10},
            {
                "DATA_TYPE": "google_drive_storage_policies#1.0.0",
                "client_id": "cid",
                "user_api_rate_quota": 10,
            },
        ),
        (
            globus_sdk.GoogleCloudStoragePolicies,
            {"buckets": ["b"], "projects": "p", "service_account_key": {"k": "v"}},
            {
                "DATA_TYPE": "google_cloud_storage_policies#1.0.0",
                "buckets": ["b"],
                "projects": ["p"],
                "service_account_key": {"k": "v"},
            },
        ),
        (
            globus_sdk.OneDriveStoragePolicies,
            {"tenant": "t", "user_api_rate_limit": 5},
            {
                "DATA_TYPE": "onedrive_storage_policies#1.0.0",
                "tenant": "t",
                "user_api_rate_limit": 5,
            },
        ),
        (
            globus_sdk.AzureBlobStoragePolicies,
            {"account": "acct", "auth_type": "user", "adls": False},
            {
                "DATA_TYPE": "azure_blob_storage_policies#1.0.0",
                "account": "acct",
                "auth_type": "user",
                "adls": False,
            },
        ),
        (
            globus_sdk.S3StoragePolicies,
            {"s3_endpoint": "https://s3", "s3_user_credential_required": True},
            {
                "DATA_TYPE": "s3_storage_policies#1.0.0",
                "s3_endpoint": "https://s3",
                "s3_user_credential_required": True,
            },
        ),
        (
            globus_sdk.ActiveScaleStoragePolicies,
            {"s3_buckets": ["b"]},
            {"DATA_TYPE": "s3_storage_policies#1.0.0", "s3_buckets": ["b"]},
        ),
        (
            globus_sdk.IrodsStoragePolicies,
            {"irods_environment_file": "/e"},
            {
                "DATA_TYPE": "irods_storage_policies#1.0.0",
                "irods_environment_file": "/e",
            },
        ),
        (
            globus_sdk.HPSSStoragePolicies,
            {"authentication_mech": "krb5", "uda_checksum_support": False},
            {
                "DATA_TYPE": "hpss_storage_policies#1.0.0",
                "authentication_mech": "krb5",
                "uda_checksum_support": False,
            },
        ),
    ],
)
def test_policies(cls, kwargs, expect):
    policies = cls(**kwargs)
    assert isinstance(policies, StorageGatewayPolicies)
    assert dict(policies) == expect
    with_extra = cls(additional_fields={"extra": 1})
    assert with_extra["extra"] == 1
    assert with_extra["DATA_TYPE"] == expect["DATA_TYPE"]


def test_policies_and_documents_mask_secrets_in_repr():
    policies = globus_sdk.GoogleCloudStoragePolicies(
        client_id="cid",
        secret="client-secret-value",
        service_account_key={"private_key": "-----BEGIN PRIVATE KEY-----"},
    )
    ceph = globus_sdk.CephStoragePolicies(ceph_admin_secret_key="ceph-secret-value")
    box = globus_sdk.BoxStoragePolicies(
        boxAppSettings={"clientSecret": "box-secret", "appAuth": {"passphrase": "pp"}}
    )
    doc = StorageGatewayDocument(display_name="GW", policies=policies)
    for obj in (policies, ceph, box, doc):
        text = repr(obj)
        for secret in ("client-secret-value", "PRIVATE KEY", "ceph-secret-value"):
            assert secret not in text
        assert "box-secret" not in text and "'pp'" not in text
    assert "cid" in repr(policies)
    assert repr(doc).startswith("StorageGatewayDocument(")
    # the payload itself is untouched
    assert doc["policies"]["secret"] == "client-secret-value"
