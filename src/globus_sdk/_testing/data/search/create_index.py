from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import INDEX_ID, index_doc

RESPONSES = ResponseSet(
    default=RegisteredResponse(
        service="search",
        path="/v1/index",
        method="POST",
        json=index_doc(INDEX_ID),
        metadata={"index_id": INDEX_ID},
    ),
    trial_limit=RegisteredResponse(
        service="search",
        path="/v1/index",
        method="POST",
        status=409,
        json={
            "@datatype": "GError",
            "@version": "2017-09-01",
            "status": 409,
            "code": "Conflict.LimitExceeded",
            "message": "You have reached the limit of 3 trial indices",
            "error_data": {"cause": "trial index limit reached", "limit": 3},
        },
        metadata={},
    ),
)
