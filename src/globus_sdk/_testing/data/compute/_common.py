"""Ids and documents shared by the Compute fixtures (all values are invented)."""

from __future__ import annotations

import typing as t

ENDPOINT_ID = "9b4c2e8a-6d1f-4a3b-8e7c-5f0a1d2b3c4e"
ENDPOINT_ID_2 = "2d6f8a0c-4e1b-4c3d-9f5e-7a9b1c3d5e6f"
ENDPOINT_ID_3 = "7e1a3c5b-9d2f-4b6e-8a0c-2e4f6a8b0c1d"
ENDPOINT_NAME = "hpc-cluster-login"

FUNCTION_ID = "3f5a7c9e-1b3d-4f6a-8c0e-2a4c6e8a0b2d"
FUNCTION_NAME = "hello_world"
# base64-encoded, as the Compute SDK serializes functions (the content is invented)
FUNCTION_CODE = (
    "10 ## flattened\nZGVmIGhlbGxvX3dvcmxkKCk6CiAgICByZXR1cm4gIkhlbGxvIFdvcmxkISIK\n"
)

TASK_GROUP_ID = "5c7e9a1b-3d5f-4a7c-9e1b-3d5f7a9c1e2b"
TASK_ID = "8a0c2e4b-6d8f-4a1c-8e3b-5d7f9a1c3e4d"
TASK_ID_2 = "1b3d5f7a-9c1e-4b3d-8f5a-7c9e1b3d5f6a"
REQUEST_ID = "4e6a8c0b-2d4f-4e6a-9c8b-0d2f4a6c8e0b"

API_VERSION = "1.0.64"


def endpoint_registration(endpoint_id: str = ENDPOINT_ID) -> dict[str, t.Any]:
    """The answer to an endpoint registration (v2 and v3) or update (v3)."""
    return {
        "endpoint_id": endpoint_id,
        "task_queue_info": {
            "connection_url": "amqps://amqp.compute.example.org:5671/tasks",
            "exchange": "tasks",
            "queue": f"{endpoint_id}.tasks",
        },
        "result_queue_info": {
            "connection_url": "amqps://amqp.compute.example.org:5671/results",
            "exchange": "results",
            "queue": "results",
            "queue_publish_kwargs": {"mandatory": True},
        },
        "warnings": [],
    }
