"""Ids and document builders shared by the GCS fixtures (all values are invented)."""

from __future__ import annotations

import typing as t

DOMAIN_NAME = "abc.xyz.data.globus.org"
GCS_MANAGER_URL = f"https://{DOMAIN_NAME}"

ENDPOINT_ID = "4d2ff2b0-2d1a-4a37-9f0e-7c3b8e6a51d2"
ENDPOINT_CLIENT_ID = ENDPOINT_ID  # a GCS endpoint's id is its client id
ENDPOINT_DISPLAY_NAME = "Example University Research Storage"
SUBSCRIPTION_ID = "b6e6f4a8-5e7c-4a43-8b31-0f2d9c7e1a55"

IDENTITY_ID = "8f2c6a1e-3b4d-4e5f-9a0b-1c2d3e4f5a6b"
IDENTITY_ID_2 = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"

POSIX_CONNECTOR_ID = "145812c8-decc-41f1-83cf-bb2a85a2a70b"
S3_CONNECTOR_ID = "7643e831-5f6c-4b47-a07f-8ee90f401d23"

STORAGE_GATEWAY_ID = "a9c1d7e2-54b3-4f8a-9e06-2b7c3d4e5f60"
STORAGE_GATEWAY_ID_2 = "c3e5f7a9-1b2d-4c6e-8f0a-2b4c6d8e0f13"
STORAGE_GATEWAY_NAME = "Research POSIX Storage"
STORAGE_GATEWAY_NAME_2 = "Archive S3 Storage"

MAPPED_COLLECTION_ID = "1e6b9f3a-7c2d-4b8e-a5f1-3d9c0e7b2a64"
MAPPED_COLLECTION_NAME = "Research Data"
GUEST_COLLECTION_ID = "5f0a2c4e-6b8d-4a1c-9e3f-7b5d1c9a0e28"
GUEST_COLLECTION_NAME = "Shared Project Files"

ROLE_ID = "e7a3c1b5-9d2f-4e6a-8b0c-4f2e6a8c0d19"
ROLE_ID_2 = "f4b6d8e0-2a3c-4e5b-9d7f-1a3c5e7b9d02"

USER_CREDENTIAL_ID = "6c8e0a2b-4d6f-4b8a-9c1e-3f5a7c9e1b35"
USER_CREDENTIAL_ID_2 = "9d1f3b5c-7e9a-4c0b-8d2e-4a6c8e0a2c57"


def result(
    data: list[dict[str, t.Any]],
    *,
    has_next_page: bool = False,
    marker: str | None = None,
) -> dict[str, t.Any]:
    """A successful GCS ``result`` document wrapping ``data``."""
    doc: dict[str, t.Any] = {
        "DATA_TYPE": "result#1.0.0",
        "code": "success",
        "detail": "success",
        "http_response_code": 200,
        "has_next_page": has_next_page,
        "data": data,
    }
    if marker is not None:
        doc["marker"] = marker
    return doc


def error_result(code: str, http_status: int, detail: str) -> dict[str, t.Any]:
    """A GCS error ``result`` document."""
    return {
        "DATA_TYPE": "result#1.0.0",
        "code": code,
        "detail": detail,
        "http_response_code": http_status,
        "has_next_page": False,
        "data": [],
    }


def endpoint(display_name: str = ENDPOINT_DISPLAY_NAME) -> dict[str, t.Any]:
    return {
        "DATA_TYPE": "endpoint#1.2.0",
        "id": ENDPOINT_ID,
        "display_name": display_name,
        "organization": "Example University",
        "department": "Research Computing",
        "contact_email": "support@example.edu",
        "description": "Storage for research groups",
        "keywords": ["research", "storage"],
        "public": True,
        "allow_udt": False,
        "network_use": "normal",
        "subscription_id": SUBSCRIPTION_ID,
        "gcs_manager_url": GCS_MANAGER_URL,
        "gridftp_control_channel_port": 443,
        "earliest_last_access": "2024-01-01",
        "max_concurrency": None,
        "max_parallelism": None,
        "preferred_concurrency": None,
        "preferred_parallelism": None,
    }


def storage_gateway(
    gateway_id: str = STORAGE_GATEWAY_ID,
    display_name: str = STORAGE_GATEWAY_NAME,
    connector_id: str = POSIX_CONNECTOR_ID,
) -> dict[str, t.Any]:
    policies: dict[str, t.Any] = (
        {
            "DATA_TYPE": "posix_storage_policies#1.0.0",
            "groups_allow": ["research"],
            "groups_deny": [],
        }
        if connector_id == POSIX_CONNECTOR_ID
        else {
            "DATA_TYPE": "s3_storage_policies#1.0.0",
            "s3_endpoint": "https://s3.us-east-1.amazonaws.com",
            "s3_buckets": ["example-archive"],
            "s3_user_credential_required": True,
        }
    )
    return {
        "DATA_TYPE": "storage_gateway#1.2.0",
        "id": gateway_id,
        "display_name": display_name,
        "connector_id": connector_id,
        "root": "/",
        "allowed_domains": ["example.edu"],
        "identity_mappings": [
            {
                "DATA_TYPE": "expression_identity_mapping#1.0.0",
                "mappings": [
                    {
                        "source": "{username}",
                        "match": "(.*)@example\\.edu",
                        "output": "{0}",
                    }
                ],
            }
        ],
        "high_assurance": False,
        "require_mfa": False,
        "authentication_assurance_timeout": 15840,
        "restrict_paths": None,
        "users_allow": [],
        "users_deny": [],
        "process_user": None,
        "load_dsi_module": None,
        "policies": policies,
    }


def mapped_collection(
    collection_id: str = MAPPED_COLLECTION_ID,
    display_name: str = MAPPED_COLLECTION_NAME,
    storage_gateway_id: str = STORAGE_GATEWAY_ID,
) -> dict[str, t.Any]:
    return {
        "DATA_TYPE": "collection#1.10.0",
        "id": collection_id,
        "collection_type": "mapped",
        "display_name": display_name,
        "identity_id": IDENTITY_ID,
        "storage_gateway_id": storage_gateway_id,
        "connector_id": POSIX_CONNECTOR_ID,
        "collection_base_path": "/data",
        "default_directory": "/~/",
        "public": True,
        "allow_guest_collections": True,
        "disable_anonymous_writes": False,
        "delete_protected": True,
        "enable_https": True,
        "force_encryption": False,
        "force_verify": False,
        "disable_verify": False,
        "high_assurance": False,
        "require_high_assurance": False,
        "keywords": ["research"],
        "organization": "Example University",
        "contact_email": "support@example.edu",
        "domain_name": f"m-1e6b9f.{DOMAIN_NAME}",
        "https_url": f"https://m-1e6b9f.{DOMAIN_NAME}",
        "tlsftp_url": f"tlsftp://m-1e6b9f.{DOMAIN_NAME}:443",
        "manager_url": GCS_MANAGER_URL,
        "sharing_users_allow": [],
        "sharing_users_deny": [],
        "policies": {
            "DATA_TYPE": "posix_collection_policies#1.0.0",
            "sharing_groups_allow": ["research"],
            "sharing_groups_deny": [],
        },
        "created_at": "2024-03-01",
        "last_access": "2024-06-12",
    }


def guest_collection(
    collection_id: str = GUEST_COLLECTION_ID,
    display_name: str = GUEST_COLLECTION_NAME,
) -> dict[str, t.Any]:
    return {
        "DATA_TYPE": "collection#1.10.0",
        "id": collection_id,
        "collection_type": "guest",
        "display_name": display_name,
        "identity_id": IDENTITY_ID,
        "mapped_collection_id": MAPPED_COLLECTION_ID,
        "storage_gateway_id": STORAGE_GATEWAY_ID,
        "user_credential_id": USER_CREDENTIAL_ID,
        "connector_id": POSIX_CONNECTOR_ID,
        "collection_base_path": "/projects/shared",
        "public": True,
        "enable_https": True,
        "force_encryption": False,
        "high_assurance": False,
        "keywords": [],
        "domain_name": f"g-5f0a2c.{DOMAIN_NAME}",
        "https_url": f"https://g-5f0a2c.{DOMAIN_NAME}",
        "tlsftp_url": f"tlsftp://g-5f0a2c.{DOMAIN_NAME}:443",
        "manager_url": GCS_MANAGER_URL,
        "acl_expiration_mins": None,
        "created_at": "2024-04-15",
        "last_access": "2024-06-10",
    }


def role(
    role_id: str = ROLE_ID,
    *,
    collection: str | None = MAPPED_COLLECTION_ID,
    principal: str = f"urn:globus:auth:identity:{IDENTITY_ID}",
    role_name: str = "administrator",
) -> dict[str, t.Any]:
    return {
        "DATA_TYPE": "role#1.0.0",
        "id": role_id,
        "collection": collection,
        "principal": principal,
        "role": role_name,
    }


def user_credential(
    credential_id: str = USER_CREDENTIAL_ID,
    *,
    display_name: str = "jdoe's POSIX credential",
    storage_gateway_id: str = STORAGE_GATEWAY_ID,
    connector_id: str = POSIX_CONNECTOR_ID,
) -> dict[str, t.Any]:
    policies: dict[str, t.Any] = (
        {"DATA_TYPE": "posix_user_credential_policies#1.0.0"}
        if connector_id == POSIX_CONNECTOR_ID
        else {
            "DATA_TYPE": "s3_user_credential_policies#1.0.0",
            "s3_key_id": "AKIAEXAMPLEKEYID0001",
            "s3_secret_key": "<redacted>",
        }
    )
    return {
        "DATA_TYPE": "user_credential#1.0.0",
        "id": credential_id,
        "identity_id": IDENTITY_ID,
        "username": "jdoe",
        "display_name": display_name,
        "storage_gateway_id": storage_gateway_id,
        "connector_id": connector_id,
        "invalid": False,
        "provisioned": True,
        "deleted": False,
        "policies": policies,
    }
