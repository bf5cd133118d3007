from globus_sdk._testing.models import RegisteredResponse, ResponseSet

RESPONSES = ResponseSet(
    default=RegisteredResponse(
        service="compute",
        path="/v2/get_amqp_result_connection_url",
        json={
            "queue_prefix": "result_stream_",
            "connection_url": "amqps://amqp.compute.example.org:5671/results",
        },
    ),
)
