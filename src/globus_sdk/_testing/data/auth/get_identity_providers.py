from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import GLOBUS_STAFF_IDP_ID, GLOBUSID_IDP_ID, UCHICAGO_IDP_ID

_GLOBUSID = {
    "id": GLOBUSID_IDP_ID,
    "name": "Globus ID",
    "short_name": "globusid",
    "domains": ["globusid.org"],
    "alternative_names": [],
    "status": "active",
}
_UCHICAGO = {
    "id": UCHICAGO_IDP_ID,
    "name": "University of Chicago",
    "short_name": "uchicago",
    "domains": ["uchicago.edu"],
    "alternative_names": ["UChicago"],
    "status": "active",
}
_GLOBUS_STAFF = {
    "id": GLOBUS_STAFF_IDP_ID,
    "name": "Globus Staff",
    "short_name": "globus-staff",
    "domains": ["globus.org"],
    "alternative_names": [],
    "status": "active",
}

RESPONSES = ResponseSet(
    default=RegisteredResponse(
        service="auth",
        path="/v2/api/identity_providers",
        json={"identity_providers": [_GLOBUSID, _UCHICAGO]},
        metadata={
            "ids": [GLOBUSID_IDP_ID, UCHICAGO_IDP_ID],
            "domains": ["globusid.org", "uchicago.edu"],
        },
    ),
    globusid=RegisteredResponse(
        service="auth",
        path="/v2/api/identity_providers",
        json={"identity_providers": [_GLOBUSID]},
        metadata={"id": GLOBUSID_IDP_ID, "domains": ["globusid.org"]},
    ),
    globus_staff=RegisteredResponse(
        service="auth",
        path="/v2/api/identity_providers",
        json={"identity_providers": [_GLOBUS_STAFF]},
        metadata={"id": GLOBUS_STAFF_IDP_ID, "domains": ["globus.org"]},
    ),
)
