from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import GMETA, INDEX_ID

MARKER = "4e4b2c18898cbd047d3a4fe9017eae32"

RESPONSES = ResponseSet(
    metadata={"index_id": INDEX_ID, "marker": MARKER},
    default=RegisteredResponse(
        service="search",
        path=f"/v1/index/{INDEX_ID}/scroll",
        method="POST",
        json={
            "@datatype": "GSearchResult",
            "@version": "2017-09-01",
            "count": len(GMETA),
            "total": len(GMETA) + 1,
            "has_next_page": True,
            "marker": MARKER,
            "gmeta": GMETA,
        },
    ),
)
