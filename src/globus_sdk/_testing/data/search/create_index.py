from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import INDEX_ID, error_doc, index_doc

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
        json=error_doc(
            409,
            "Conflict.LimitExceeded",
            "You have reached the limit of 3 trial indices",
            {"cause": "trial index limit reached", "limit": 3},
        ),
        metadata={},
    ),
)
