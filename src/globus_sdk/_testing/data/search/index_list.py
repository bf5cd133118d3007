from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import INDEX_ID, INDEX_ID_2, index_doc

INDICES = [
    index_doc(INDEX_ID),
    index_doc(
        INDEX_ID_2,
        "Sea Ice Archive",
        description="Historical sea ice measurements",
        is_trial=False,
        permissions=("writer",),
    ),
]

RESPONSES = ResponseSet(
    metadata={
        "index_ids": [i["id"] for i in INDICES],
        "index_attributes": {
            i["id"]: {k: v for k, v in i.items() if not k.startswith("@")}
            for i in INDICES
        },
    },
    default=RegisteredResponse(
        service="search", path="/v1/index_list", json={"index_list": INDICES}
    ),
)
