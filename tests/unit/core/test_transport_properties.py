"""Whatever the server answers, a request ends in a response or a documented error."""

from __future__ import annotations

import requests
import responses
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import globus_sdk


class Client(globus_sdk.BaseClient):
    service_name = "transfer"


header_values = st.text(
    alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=30
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    status=st.integers(100, 599).filter(lambda s: s not in (101,)),
    retry_after=st.none() | header_values,
    body=st.binary(max_size=100) | st.text(max_size=50).map(str.encode),
    content_type=st.sampled_from(["application/json", "text/html", "text/plain", ""]),
)
def test_request_always_ends_cleanly(
    status: int, retry_after: str | None, body: bytes, content_type: str
) -> None:
    headers = {"Retry-After": retry_after} if retry_after is not None else {}
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        mock.add(
            responses.GET,
            "https://transfer.api.globus.org/x",
            body=body,
            status=status,
            headers=headers,
            content_type=content_type or None,
        )
        client = Client(transport_params={"max_retries": 2})
        try:
            res = client.get("/x")
        except globus_sdk.GlobusAPIError as err:
            assert not 200 <= err.http_status < 400
            str(err)
        except globus_sdk.NetworkError:
            pass  # e.g. a 204/304 that carries a body is a protocol error
        else:
            assert 100 <= res.http_status < 400
            res.data  # noqa: B018
        assert len(mock.calls) <= 3


@settings(max_examples=30, deadline=None)
@given(exc=st.sampled_from([
    requests.ConnectionError("x"), requests.ReadTimeout("x"), requests.ConnectTimeout("x"),
    requests.exceptions.SSLError("x"), requests.exceptions.ChunkedEncodingError("x"),
    requests.exceptions.ContentDecodingError("x"), requests.exceptions.TooManyRedirects("x"),
]))
def test_network_failures_become_network_errors(exc: Exception) -> None:
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        mock.add(responses.GET, "https://transfer.api.globus.org/x", body=exc)
        try:
            Client(transport_params={"max_retries": 1}).get("/x")
        except globus_sdk.NetworkError as err:
            assert err.underlying_exception is exc
        else:  # pragma: no cover
            raise AssertionError("expected a NetworkError")
