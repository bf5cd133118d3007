"""
Ids and documents shared by the fixtures of the endpoint, operation, sharing and
endpoint-manager methods of ``TransferClient`` (all invented).
"""

from __future__ import annotations

import typing as t

ENDPOINT_ID = "aa752cea-8222-5bc8-acd9-555b090c0ccb"  # a GCSv5 mapped collection
GCS_ENDPOINT_ID = (
    "1f7b5a6e-3d7c-4b32-9a58-0d2c8f1c9e44"  # the GCSv5 endpoint hosting it
)
GUEST_COLLECTION_ID = "2b4c8e0d-6a1f-4c3e-8b7d-93e5a1f0c2d6"
SUBSCRIPTION_ID = "964be8f5-5f9b-11e4-b64e-12313940394d"
SUBSCRIPTION_ID_2 = "4c8d8a51-0b0a-4e2f-9f5c-7d3b2e1a6f90"
OWNER_ID = "8ca28797-3541-4a5d-a264-05b00f91e608"
IDENTITY_ID = "c8aad43e-d274-11e5-bf98-8b02896cf782"
BOOKMARK_ID = "6e5e7c3a-9f2b-4d8e-a1c4-5b0f3e2d7a19"
ROLE_ID = "0b9fbe5e-29f4-11e8-a0bd-0a6d4e044368"
ACL_RULE_ID = "5f4c2e1a-7b3d-11ee-9d6a-0242ac120002"
PAUSE_RULE_ID = "87a9b7f6-3c2d-4e1f-8a9b-0c1d2e3f4a5b"
SERVER_ID = 207976
REQUEST_ID = "J7sQ9dXr2"


def endpoint_doc(
    endpoint_id: str = ENDPOINT_ID,
    display_name: str = "Example University Research Storage",
    **fields: t.Any,
) -> dict[str, t.Any]:
    """An endpoint (collection) document as Transfer returns it."""
    doc: dict[str, t.Any] = {
        "DATA_TYPE": "endpoint",
        "id": endpoint_id,
        "display_name": display_name,
        "canonical_name": f"u_rcf2mpyf7vfkfibk2epkf4xmgm#{endpoint_id}",
        "owner_id": OWNER_ID,
        "owner_string": "rcstaff@example.edu",
        "organization": "Example University",
        "department": "Research Computing",
        "description": "Project and scratch storage for research groups",
        "keywords": "research,storage",
        "contact_email": "rc-help@example.edu",
        "contact_info": None,
        "info_link": "https://rc.example.edu/storage",
        "entity_type": "GCSv5_mapped_collection",
        "gcs_version": "5.4.74",
        "is_globus_connect": False,
        "host_endpoint_id": GCS_ENDPOINT_ID,
        "host_path": None,
        "non_functional": False,
        "public": True,
        "default_directory": "/~/",
        "force_encryption": False,
        "high_assurance": False,
        "subscription_id": SUBSCRIPTION_ID,
        "acl_available": False,
        "activated": False,
        "expires_in": -1,
        "myproxy_server": None,
        "oauth_server": None,
        "tlsftp_server": "tlsftp://m-d3a2c.fa5e.bd7c.data.globus.org:443",
        "https_server": "https://m-d3a2c.fa5e.bd7c.data.globus.org",
        "local_user_info_available": True,
        "DATA": [],
    }
    doc.update(fields)
    return doc


def result_doc(
    code: str, message: str, resource: str, data_type: str = "result", **fields: t.Any
) -> dict[str, t.Any]:
    """The ``result`` document Transfer sends back for a successful write."""
    return {
        "DATA_TYPE": data_type,
        "code": code,
        "message": message,
        "request_id": REQUEST_ID,
        "resource": resource,
        **fields,
    }


def error_doc(code: str, message: str, resource: str) -> dict[str, t.Any]:
    """A Transfer error body."""
    return {
        "code": code,
        "message": message,
        "request_id": REQUEST_ID,
        "resource": resource,
    }


def role_doc(role_id: str = ROLE_ID, role: str = "access_manager") -> dict[str, t.Any]:
    return {
        "DATA_TYPE": "role",
        "id": role_id,
        "principal_type": "identity",
        "principal": IDENTITY_ID,
        "role": role,
    }


def access_doc(
    rule_id: str = ACL_RULE_ID, path: str = "/dataset1/", permissions: str = "rw"
) -> dict[str, t.Any]:
    return {
        "DATA_TYPE": "access",
        "id": rule_id,
        "principal_type": "identity",
        "principal": IDENTITY_ID,
        "path": path,
        "permissions": permissions,
        "role_id": None,
        "role_type": None,
        "create_time": "2024-03-07T15:20:11+00:00",
        "expiration_date": None,
        "notify_email": None,
    }


def pause_rule_doc(
    pause_rule_id: str = PAUSE_RULE_ID,
    message: str = "Scheduled maintenance until 14:00 UTC",
    **fields: t.Any,
) -> dict[str, t.Any]:
    doc: dict[str, t.Any] = {
        "DATA_TYPE": "pause_rule",
        "id": pause_rule_id,
        "message": message,
        "start_time": None,
        "endpoint_id": ENDPOINT_ID,
        "endpoint_display_name": "Example University Research Storage",
        "identity_id": None,
        "modify_enabled": True,
        "read_enabled": False,
        "write_enabled": True,
        "delete_enabled": True,
        "rename_enabled": True,
        "mkdir_enabled": True,
        "symlink_enabled": True,
        "created_by_host_manager": False,
        "editable": True,
    }
    doc.update(fields)
    return doc


def server_doc(server_id: int = SERVER_ID, **fields: t.Any) -> dict[str, t.Any]:
    doc: dict[str, t.Any] = {
        "DATA_TYPE": "server",
        "id": server_id,
        "hostname": "gridftp.example.org",
        "port": 2811,
        "scheme": "gsiftp",
        "uri": "gsiftp://gridftp.example.org:2811",
        "subject": "/DC=org/DC=example/CN=gridftp.example.org",
        "incoming_data_port_start": 50000,
        "incoming_data_port_end": 51000,
        "outgoing_data_port_start": None,
        "outgoing_data_port_end": None,
        "is_connected": True,
        "is_paused": False,
    }
    doc.update(fields)
    return doc


def bookmark_doc(
    bookmark_id: str = BOOKMARK_ID,
    name: str = "Project data",
    path: str = "/~/project/",
) -> dict[str, t.Any]:
    return {
        "DATA_TYPE": "bookmark",
        "id": bookmark_id,
        "name": name,
        "endpoint_id": ENDPOINT_ID,
        "path": path,
        "pinned": False,
    }
