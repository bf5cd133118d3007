"""The Transfer transport's retry policy, checked without HTTP."""

from __future__ import annotations

import json

import pytest
import requests

from globus_sdk.services.transfer.transport import (
    TransferRequestsTransport,
    is_non_retryable_code,
)
from globus_sdk.transport import (
    RequestsTransport,
    RetryCheckResult,
    RetryCheckRunner,
    RetryContext,
)


def _response(status: int, body: bytes) -> requests.Response:
    r = requests.Response()
    r.status_code = status
    r._content = body
    return r


def _ctx(status: int, body) -> RetryContext:
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    return RetryContext(0, response=_response(status, raw))


@pytest.fixture
def transport() -> TransferRequestsTransport:
    return TransferRequestsTransport()


@pytest.mark.parametrize("status", [500, 502, 503, 504])
@pytest.mark.parametrize(
    "code", ["EndpointError", "ExternalError", "ExternalError.DirListingFailed.NotFound"]
)
def test_endpoint_errors_not_retried(transport, status, code):
    ctx = _ctx(status, {"code": code, "message": "x"})
    assert transport.default_check_transient_error(ctx) is RetryCheckResult.do_not_retry


@pytest.mark.parametrize("status", [500, 502, 503, 504])
@pytest.mark.parametrize(
    "body",
    [
        {"code": "ServiceUnavailable"},
        {"code": "EndpointErrorish"},  # not the code nor a dotted sub-code
        {"code": None},
        {"code": 502},
        {"message": "no code"},
        ["EndpointError"],
        "EndpointError",
        b"<html>EndpointError</html>",
        b"",
    ],
)
def test_other_5xx_are_retried(transport, status, body):
    ctx = _ctx(status, body)
    assert transport.default_check_transient_error(ctx) is RetryCheckResult.do_retry


def test_429_with_endpoint_error_code_still_retried(transport):
    # rate limiting is transient whatever the body says
    ctx = _ctx(429, {"code": "EndpointError"})
    assert transport.default_check_transient_error(ctx) is RetryCheckResult.do_retry


@pytest.mark.parametrize("status", [200, 400, 404])
def test_non_transient_statuses_no_decision(transport, status):
    ctx = _ctx(status, {"code": "EndpointError"})
    assert transport.default_check_transient_error(ctx) is RetryCheckResult.no_decision


def test_exception_context_no_decision(transport):
    ctx = RetryContext(0, exception=requests.ConnectionError("boom"))
    assert transport.default_check_transient_error(ctx) is RetryCheckResult.no_decision


def test_registered_checks_use_the_override(transport):
    ctx = _ctx(502, {"code": "EndpointError"})
    # the override is what the transport registered (its checks are bound methods)
    assert RetryCheckRunner(transport.retry_checks).should_retry(ctx) is False
    assert RetryCheckRunner(RequestsTransport().retry_checks).should_retry(ctx) is True


@pytest.mark.parametrize(
    "code, expect",
    [
        ("EndpointError", True),
        ("ExternalError", True),
        ("ExternalError.Foo", True),
        ("EndpointError.Foo.Bar", True),
        ("ExternalErrors", False),
        ("ClientError.EndpointError", False),
        ("", False),
        (None, False),
    ],
)
def test_is_non_retryable_code(code, expect):
    assert is_non_retryable_code(code) is expect


# ---- the one-pass JSON encoder gives the base encoder's bytes
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from globus_sdk import MISSING, utils  # noqa: E402
from globus_sdk.services.transfer.transport import OptimisticJSONEncoder  # noqa: E402
from globus_sdk.transport import JSONRequestEncoder  # noqa: E402

_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.text(max_size=5)
    | st.just(MISSING)
    | st.uuids(),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.text(max_size=4), children, max_size=4)
    | st.tuples(children, children),
    max_leaves=15,
)


def _encoded(encoder, data):
    req = encoder.encode("POST", "https://x.example.org/p", {"q": "1", "m": MISSING}, data, {})
    return req.data, req.headers, req.params


@settings(max_examples=300, deadline=None)
@given(data=st.dictionaries(st.text(max_size=4), _values, max_size=5) | st.lists(_values))
def test_optimistic_encoder_matches_base_encoder(data):
    assert _encoded(OptimisticJSONEncoder(), data) == _encoded(JSONRequestEncoder(), data)


def test_optimistic_encoder_payload_wrapper_with_missing():
    class Doc(utils.PayloadWrapper):
        pass

    doc = Doc()
    doc["a"] = 1
    doc["b"] = MISSING
    doc["c"] = [{"d": MISSING, "e": None}]
    body, headers, _ = _encoded(OptimisticJSONEncoder(), doc)
    assert json.loads(body) == {"a": 1, "c": [{"e": None}]}
    assert headers["Content-Type"] == "application/json"


@pytest.mark.parametrize("data", [None, "raw text", 12, True])
def test_optimistic_encoder_non_container_data(data):
    assert _encoded(OptimisticJSONEncoder(), data) == _encoded(JSONRequestEncoder(), data)


def test_optimistic_encoder_unserializable_is_a_type_error():
    with pytest.raises(TypeError):
        _encoded(OptimisticJSONEncoder(), {"a": object()})


def test_transport_uses_optimistic_json_encoder(transport):
    assert isinstance(transport.encoders["json"], OptimisticJSONEncoder)
    # the base transport's table is untouched
    assert not isinstance(RequestsTransport.encoders["json"], OptimisticJSONEncoder)
