from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from .._common import ENDPOINT_ID, ENDPOINT_NAME

RESPONSES = ResponseSet(
    metadata={"endpoint_id": ENDPOINT_ID},
    default=RegisteredResponse(
        service="compute",
        path=f"/v2/endpoints/{ENDPOINT_ID}",
        json={
            "uuid": ENDPOINT_ID,
            "name": ENDPOINT_NAME,
            "display_name": "HPC Cluster (login node)",
            "description": "Runs functions on the cluster's login node",
            "public": False,
            "multi_user": False,
            "endpoint_config": "engine:\n  type: GlobusComputeEngine\n",
            "hostname": "login1.hpc.example.edu",
            "local_user": "jdoe",
            "ip_address": "192.0.2.10",
        },
    ),
)
