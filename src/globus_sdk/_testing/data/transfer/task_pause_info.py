from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._task_fixtures import SOURCE_ENDPOINT_ID, TASK_ID

PAUSE_INFO = {
    "DATA_TYPE": "pause_info_limited",
    "message": None,
    "source_pause_message": "Storage maintenance until 06:00 UTC",
    "destination_pause_message": None,
    "source_pause_message_share": None,
    "destination_pause_message_share": None,
    "pause_rules": [
        {
            "DATA_TYPE": "pause_rule_limited",
            "id": "87a9b7f6-3c2d-4e1f-8a9b-0c1d2e3f4a5b",
            "message": "Storage maintenance until 06:00 UTC",
            "start_time": None,
            "endpoint_id": SOURCE_ENDPOINT_ID,
            "endpoint_display_name": "Example University Research Storage",
            "identity_id": None,
            "modify_enabled": True,
            "read_enabled": True,
            "write_enabled": True,
            "delete_enabled": True,
            "rename_enabled": True,
            "mkdir_enabled": True,
            "ls_enabled": True,
            "symlink_enabled": True,
            "pause_ls": False,
            "pause_mkdir": False,
            "pause_rename": False,
            "pause_task_delete": True,
            "pause_task_transfer_read": True,
            "pause_task_transfer_write": True,
        }
    ],
}

RESPONSES = ResponseSet(
    metadata={"task_id": TASK_ID},
    default=RegisteredResponse(
        service="transfer", path=f"/task/{TASK_ID}/pause_info", json=PAUSE_INFO
    ),
)
