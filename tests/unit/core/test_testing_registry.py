from __future__ import annotations

import pytest
import requests
import responses

from globus_sdk._testing import (
    RegisteredResponse,
    ResponseList,
    ResponseSet,
    construct_error,
    get_last_request,
    get_response_set,
    load_response,
    load_response_set,
    register_response_set,
)


@pytest.mark.parametrize(
    ("service", "path", "url"),
    [
        ("auth", "/v2/api/identities", "https://auth.globus.org/v2/api/identities"),
        ("transfer", "/foo", "https://transfer.api.globus.org/v0.10/foo"),
        ("transfer", "/v0.10/foo", "https://transfer.api.globus.org/v0.10/foo"),
        ("groups", "/v2/groups", "https://groups.api.globus.org/v2/groups"),
        ("groups", "/groups", "https://groups.api.globus.org/v2/groups"),
        ("search", "/foo", "https://search.api.globus.org/foo"),
        ("flows", "/foo", "https://flows.automate.globus.org/foo"),
        ("timer", "/foo", "https://timer.automate.globus.org/foo"),
        ("compute", "/foo", "https://compute.api.globus.org/foo"),
        ("nexus", "/foo", "https://nexus.api.globusonline.org/foo"),
        ("gcs", "/foo", "https://abc.xyz.data.globus.org/api/foo"),
        (None, "https://example.org/x", "https://example.org/x"),
    ],
)
def test_full_url(service: str | None, path: str, url: str) -> None:
    assert RegisteredResponse(service=service, path=path).full_url == url  # type: ignore[arg-type]


def test_register_and_load_by_name() -> None:
    register_response_set(
        "mytest.thing",
        {
            "default": {"service": "transfer", "path": "/thing", "json": {"v": 1}},
            "second": [
                {"service": "transfer", "path": "/seq", "json": {"n": 1}},
                {"service": "transfer", "path": "/seq", "json": {"n": 2}},
            ],
        },
        metadata={"thing_id": "abc"},
    )
    rset = get_response_set("mytest.thing")
    assert sorted(rset.cases()) == ["default", "second"]
    assert rset.metadata == {"thing_id": "abc"}
    resp = load_response("mytest.thing")
    assert isinstance(resp, RegisteredResponse)
    assert resp.metadata == {"thing_id": "abc"}
    assert requests.get("https://transfer.api.globus.org/v0.10/thing").json() == {"v": 1}
    seq = load_response("mytest.thing", case="second")
    assert isinstance(seq, ResponseList)
    assert [requests.get(seq.responses[0].full_url).json()["n"] for _ in range(2)] == [1, 2]
    last = get_last_request()
    assert last is not None and last.url == "https://transfer.api.globus.org/v0.10/seq"


def test_unknown_set_and_case() -> None:
    with pytest.raises(LookupError):
        get_response_set("nope.nothing")
    rset = ResponseSet(default=RegisteredResponse(path="https://example.org/"))
    with pytest.raises(LookupError, match="no case 'other'"):
        rset.lookup("other")


def test_load_response_set_activates_all() -> None:
    rset = ResponseSet(
        metadata={"k": "v"},
        a=RegisteredResponse(service="search", path="/a", json={"a": 1}),
        b=RegisteredResponse(service="search", path="/b", json={"b": 1}, metadata={"own": 1}),
    )
    register_response_set("mytest.pair", rset)
    assert load_response_set("mytest.pair") is rset
    assert requests.get("https://search.api.globus.org/a").json() == {"a": 1}
    assert requests.get("https://search.api.globus.org/b").json() == {"b": 1}
    assert rset.lookup("a").metadata == {"k": "v"}
    assert rset.lookup("b").metadata == {"own": 1}
    assert bool(rset) and len(list(rset)) == 2


def test_replace_and_explicit_mock() -> None:
    with responses.RequestsMock() as mock:
        r = RegisteredResponse(service="flows", path="/x", json={"v": 1}).add(requests_mock=mock)
        RegisteredResponse(service="flows", path="/x", json={"v": 2}).replace(requests_mock=mock)
        assert requests.get(r.full_url).json() == {"v": 2}
        assert get_last_request(requests_mock=mock) is not None


def test_get_last_request_none_when_nothing_sent() -> None:
    assert get_last_request() is None


def test_json_and_body_exclusive() -> None:
    with pytest.raises(ValueError):
        RegisteredResponse(path="/x", service="auth", json={}, body="x")


def test_construct_error_custom_class() -> None:
    from globus_sdk import GlobusAPIError

    class E(GlobusAPIError):
        pass

    err = construct_error(http_status=418, body="teapot", error_class=E, method="POST")
    assert isinstance(err, E)
    assert err.http_status == 418
    assert err.text == "teapot"


def test_lookup_by_client_method_follows_the_defining_class() -> None:
    import globus_sdk

    class MyCompute(globus_sdk.ComputeClientV2):
        pass

    by_name = get_response_set("compute.v2.get_task")
    assert get_response_set(globus_sdk.ComputeClientV2.get_task) is by_name
    assert get_response_set(MyCompute().get_task) is by_name
    assert get_response_set(globus_sdk.ComputeClientV3().submit) is get_response_set(
        "compute.v3.submit"
    )
    assert get_response_set(globus_sdk.TransferClient().task_list) is get_response_set(
        "transfer.task_list"
    )
    assert get_response_set(globus_sdk.NativeAppAuthClient("c").oauth2_token) is (
        get_response_set("auth.oauth2_token")
    )
