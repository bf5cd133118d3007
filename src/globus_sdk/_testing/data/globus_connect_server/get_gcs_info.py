from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import DOMAIN_NAME, ENDPOINT_CLIENT_ID, result

RESPONSES = ResponseSet(
    metadata={"endpoint_client_id": ENDPOINT_CLIENT_ID, "domain_name": DOMAIN_NAME},
    default=RegisteredResponse(
        service="gcs",
        path="/info",
        json=result(
            [
                {
                    "DATA_TYPE": "info#1.0.0",
                    "api_version": "1.30.0",
                    "manager_version": "5.4.80",
                    "client_id": ENDPOINT_CLIENT_ID,
                    "endpoint_id": ENDPOINT_CLIENT_ID,
                    "domain_name": DOMAIN_NAME,
                },
                {
                    "DATA_TYPE": "authentication_service#1.0.0",
                    "high_assurance_timeout": 15840,
                },
            ]
        ),
    ),
)
