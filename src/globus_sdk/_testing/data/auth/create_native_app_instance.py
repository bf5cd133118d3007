import typing as t
import uuid

from globus_sdk._testing.models import ResponseSet

from ._common import TEMPLATE_ID, Case, args_cases, client_document

_INSTANCE_ID = "e0d1c2b3-a495-4867-8a9b-0c1d2e3f4a5b"


def _case(template_id: t.Any, name: str) -> Case:
    request = {"template_id": str(template_id), "name": name}
    response = client_document(
        id=_INSTANCE_ID,
        name=name,
        project=None,
        public_client=False,
        client_type="confidential_client",
        parent_client=str(template_id),
        # the instance's secret is returned once, at creation
        credentials={
            "id": "d4c3b2a1-0f9e-4d8c-b7a6-958473625140",
            "name": "auto-created at client creation",
            "client": _INSTANCE_ID,
            "secret": "fixture-instance-secret-not-a-real-one=",
            "created": "2024-05-02T15:02:11.871245+00:00",
        },
    )
    return (
        {"template_id": template_id, "name": name},
        {"client": request},
        {"client": response},
    )


RESPONSES: ResponseSet = args_cases(
    service_path="/v2/api/clients",
    method="POST",
    cases={
        "default": _case(TEMPLATE_ID, "Lab Workstation 7"),
        "name": _case(TEMPLATE_ID, "Beamline Control Host"),
        "template_id_str": _case(TEMPLATE_ID, "Lab Workstation 7"),
        "template_id_uuid": _case(uuid.UUID(TEMPLATE_ID), "Lab Workstation 7"),
    },
)
