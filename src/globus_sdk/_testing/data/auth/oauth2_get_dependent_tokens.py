from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from ._common import GROUPS_SCOPE, TRANSFER_SCOPE, token_data

_GROUPS = token_data(
    "groups.api.globus.org",
    GROUPS_SCOPE,
    access_token="fixture-dependent-groups-access-token-4c9e",
)
_GROUPS_WITH_REFRESH = token_data(
    "groups.api.globus.org",
    GROUPS_SCOPE,
    access_token="fixture-dependent-groups-access-token-4c9e",
    refresh_token="fixture-dependent-groups-refresh-token-e217",
)
_TRANSFER = token_data(
    "transfer.api.globus.org",
    TRANSFER_SCOPE,
    access_token="fixture-dependent-transfer-access-token-a5d0",
)

RESPONSES = ResponseSet(
    # the dependent token grant answers with an array of token documents
    default=RegisteredResponse(
        service="auth",
        path="/v2/oauth2/token",
        method="POST",
        json=[_GROUPS, _TRANSFER],
        metadata={"rs_data": {"groups.api.globus.org": _GROUPS}},
    ),
    groups=RegisteredResponse(
        service="auth",
        path="/v2/oauth2/token",
        method="POST",
        json=[_GROUPS],
        metadata={"rs_data": {"groups.api.globus.org": _GROUPS}},
    ),
    groups_with_refresh_token=RegisteredResponse(
        service="auth",
        path="/v2/oauth2/token",
        method="POST",
        json=[_GROUPS_WITH_REFRESH],
        metadata={"rs_data": {"groups.api.globus.org": _GROUPS_WITH_REFRESH}},
    ),
)
