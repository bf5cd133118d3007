import json

from responses import matchers

from globus_sdk._testing.models import RegisteredResponse, ResponseSet

from .._common import API_VERSION

RESPONSES = ResponseSet(
    metadata={"api_version": API_VERSION},
    # listed first so that, with every case active, service=all finds it
    all=RegisteredResponse(
        service="compute",
        path="/v2/version",
        json={
            "api": API_VERSION,
            "min_sdk_version": "2.0.0",
            "min_endpoint_version": "2.0.0",
            "git_sha": "0f3a9c2",
            "result_service": {
                "version": "0.5.2",
                "git_sha": "7b1d4e8",
                "commit_date": "2024-05-02",
            },
        },
        match=[matchers.query_param_matcher({"service": "all"})],
    ),
    # the version alone is a JSON string
    default=RegisteredResponse(
        service="compute",
        path="/v2/version",
        body=json.dumps(API_VERSION),
        content_type="application/json",
    ),
)
