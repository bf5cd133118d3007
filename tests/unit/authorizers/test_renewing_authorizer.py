"""RenewingAuthorizer behaviour, exercised through a minimal subclass."""

from __future__ import annotations

import copy
import logging
import pickle
import time
import typing as t

import pytest

from globus_sdk import exc
from globus_sdk.authorizers import RenewingAuthorizer
from globus_sdk.authorizers.renewing import EXPIRES_ADJUST_SECONDS


class CountingAuthorizer(RenewingAuthorizer[t.Any]):
    """Fetches tokens from a list of prepared responses."""

    def __init__(self, responses: list[t.Any], **kwargs: t.Any) -> None:
        self.responses = responses
        self.requests = 0
        super().__init__(**kwargs)

    def _get_token_response(self) -> t.Any:
        self.requests += 1
        return self.responses.pop(0)


def test_renewing_authorizer_is_abstract():
    with pytest.raises(TypeError):
        RenewingAuthorizer()  # type: ignore[abstract]


@pytest.mark.parametrize(
    "kwargs",
    [{"access_token": "tok"}, {"expires_at": 1234}],
)
def test_access_token_and_expires_at_go_together(kwargs):
    with pytest.raises(exc.GlobusSDKUsageError, match="access_token and expires_at"):
        CountingAuthorizer([], **kwargs)


def test_no_network_call_in_constructor(token_response):
    authorizer = CountingAuthorizer([token_response("a1")])
    assert authorizer.requests == 0
    assert authorizer.access_token is None
    assert authorizer.expires_at is None
    assert authorizer.get_authorization_header() == "Bearer a1"
    assert authorizer.requests == 1


def test_initial_valid_token_is_used(valid_expiry):
    authorizer = CountingAuthorizer([], access_token="given", expires_at=valid_expiry)
    assert authorizer.get_authorization_header() == "Bearer given"
    authorizer.ensure_valid_token()
    assert authorizer.requests == 0
    assert authorizer.expires_at == valid_expiry


def test_initial_expired_token_is_replaced(token_response, expired_expiry):
    response = token_response("fresh")
    authorizer = CountingAuthorizer(
        [response], access_token="old", expires_at=expired_expiry
    )
    assert authorizer.get_authorization_header() == "Bearer fresh"
    assert authorizer.requests == 1
    expected = response.by_resource_server["transfer.api.globus.org"]
    assert authorizer.expires_at == expected["expires_at_seconds"]


@pytest.mark.parametrize(
    "seconds_left, expect_refresh",
    [
        (EXPIRES_ADJUST_SECONDS + 30, False),
        (EXPIRES_ADJUST_SECONDS - 30, True),
        (0, True),
    ],
)
def test_token_expires_adjust_seconds_early(
    token_response, seconds_left, expect_refresh
):
    authorizer = CountingAuthorizer(
        [token_response("fresh")],
        access_token="current",
        expires_at=int(time.time()) + seconds_left,
    )
    authorizer.ensure_valid_token()
    assert authorizer.requests == (1 if expect_refresh else 0)
    assert authorizer.access_token == ("fresh" if expect_refresh else "current")


def test_expiry_boundary(token_response, monkeypatch):
    now = 1_700_000_000.0
    monkeypatch.setattr("globus_sdk.authorizers.renewing.time.time", lambda: now)
    expires_at = int(now) + EXPIRES_ADJUST_SECONDS
    authorizer = CountingAuthorizer(
        [token_response("fresh")], access_token="current", expires_at=expires_at + 1
    )
    authorizer.ensure_valid_token()
    assert authorizer.requests == 0
    # exactly EXPIRES_ADJUST_SECONDS left: treated as expired
    authorizer.expires_at = expires_at
    authorizer.ensure_valid_token()
    assert authorizer.requests == 1


def test_handle_missing_authorization_forces_refresh(token_response, valid_expiry):
    authorizer = CountingAuthorizer(
        [token_response("second")], access_token="first", expires_at=valid_expiry
    )
    assert authorizer.get_authorization_header() == "Bearer first"
    assert authorizer.handle_missing_authorization() is True
    assert authorizer.access_token is None
    assert authorizer.expires_at is None
    assert authorizer.get_authorization_header() == "Bearer second"
    assert authorizer.requests == 1


def test_401_on_an_already_replaced_token_does_not_refresh_again(
    token_response, valid_expiry
):
    """
    Two requests (in two threads) used the same token and both got a 401: the first
    401 leads to a refresh, the second request retries with that new token without a
    refresh of its own.
    """
    import threading

    authorizer = CountingAuthorizer(
        [token_response("second"), token_response("third")],
        access_token="first",
        expires_at=valid_expiry,
    )
    other_sent = threading.Event()
    first_401_handled = threading.Event()
    other_headers: list[str] = []

    def other_request() -> None:
        other_headers.append(authorizer.get_authorization_header())
        other_sent.set()
        assert first_401_handled.wait(timeout=10)
        # ...its response is a 401 too
        assert authorizer.handle_missing_authorization() is True
        other_headers.append(authorizer.get_authorization_header())

    thread = threading.Thread(target=other_request)
    thread.start()
    assert other_sent.wait(timeout=10)

    assert authorizer.get_authorization_header() == "Bearer first"
    assert authorizer.handle_missing_authorization() is True
    assert authorizer.get_authorization_header() == "Bearer second"
    first_401_handled.set()
    thread.join(timeout=10)

    assert other_headers == ["Bearer first", "Bearer second"]
    assert authorizer.requests == 1


def test_on_refresh_called_with_response(token_response, expired_expiry):
    seen: list[t.Any] = []
    response = token_response("fresh")
    authorizer = CountingAuthorizer(
        [response],
        access_token="old",
        expires_at=expired_expiry,
        on_refresh=seen.append,
    )
    authorizer.get_authorization_header()
    assert seen == [response]
    # the callback sees the authorizer already updated
    authorizer.on_refresh = lambda r: seen.append(authorizer.access_token)
    authorizer.responses.append(token_response("fresher"))
    authorizer.handle_missing_authorization()
    authorizer.get_authorization_header()
    assert seen[-1] == "fresher"


def test_on_refresh_failure_keeps_the_new_state_whole(token_response, expired_expiry):
    response = token_response("fresh", refresh_token=None)
    calls: list[t.Any] = []

    def failing_callback(res: t.Any) -> None:
        calls.append(res)
        raise RuntimeError("storage is down")

    authorizer = CountingAuthorizer(
        [response],
        access_token="old",
        expires_at=expired_expiry,
        on_refresh=failing_callback,
    )
    with pytest.raises(RuntimeError, match="storage is down"):
        authorizer.get_authorization_header()
    data = response.by_resource_server["transfer.api.globus.org"]
    assert authorizer.access_token == "fresh"
    assert authorizer.expires_at == data["expires_at_seconds"]
    # no second token request, no second callback
    assert authorizer.get_authorization_header() == "Bearer fresh"
    assert authorizer.requests == 1
    assert calls == [response]


@pytest.mark.parametrize("count", [0, 2])
def test_token_response_must_hold_exactly_one_resource_server(
    fake_token_response_class, token_response, count, valid_expiry
):
    by_rs = {
        f"rs{i}": token_response(f"tok{i}").by_resource_server[
            "transfer.api.globus.org"
        ]
        for i in range(count)
    }
    authorizer = CountingAuthorizer(
        [fake_token_response_class(by_rs)], access_token="old", expires_at=valid_expiry
    )
    authorizer.handle_missing_authorization()
    with pytest.raises(ValueError, match="exactly one token"):
        authorizer.get_authorization_header()
    assert authorizer.access_token is None


@pytest.mark.parametrize(
    "bad_data",
    [
        {"expires_at_seconds": 2_000_000_000},
        {"access_token": "", "expires_at_seconds": 2_000_000_000},
        {"access_token": "x", "expires_at_seconds": "soon"},
        {"access_token": "x", "expires_at_seconds": float("inf")},
        {"access_token": "x", "expires_at_seconds": float("nan")},
        {"access_token": "x", "expires_at_seconds": 2_000_000_000, "refresh_token": 5},
    ],
)
def test_malformed_token_data_leaves_state_unchanged(
    fake_token_response_class, bad_data, expired_expiry
):
    refreshed: list[t.Any] = []
    authorizer = CountingAuthorizer(
        [fake_token_response_class({"rs": bad_data})],
        access_token="old",
        expires_at=expired_expiry,
        on_refresh=refreshed.append,
    )
    with pytest.raises(ValueError):
        authorizer.ensure_valid_token()
    assert authorizer.access_token == "old"
    assert authorizer.expires_at == expired_expiry
    assert refreshed == []


def test_failed_token_request_leaves_state_unchanged(expired_expiry):
    class Broken(CountingAuthorizer):
        def _get_token_response(self) -> t.Any:
            raise ConnectionError("auth is down")

    authorizer = Broken([], access_token="old", expires_at=expired_expiry)
    with pytest.raises(ConnectionError):
        authorizer.get_authorization_header()
    assert authorizer.access_token == "old"
    assert authorizer.expires_at == expired_expiry


def test_access_token_setter(valid_expiry):
    authorizer = CountingAuthorizer([], access_token="a", expires_at=valid_expiry)
    authorizer.access_token = "b"
    assert authorizer.access_token == "b"
    assert authorizer.get_authorization_header() == "Bearer b"


def test_repr_and_logs_never_show_tokens(token_response, caplog, expired_expiry):
    caplog.set_level(logging.DEBUG, logger="globus_sdk")
    authorizer = CountingAuthorizer(
        [token_response("fresh-secret-token")],
        access_token="old-secret-token",
        expires_at=expired_expiry,
    )
    authorizer.get_authorization_header()
    authorizer.handle_missing_authorization()
    text = repr(authorizer) + caplog.text
    assert "secret-token" not in text
    assert "access_token_hash=" in caplog.text


def test_copy_and_pickle(valid_expiry):
    authorizer = CountingAuthorizer([], access_token="a", expires_at=valid_expiry)
    for clone in (copy.deepcopy(authorizer), pickle.loads(pickle.dumps(authorizer))):
        assert clone.get_authorization_header() == "Bearer a"
        assert clone._lock is not authorizer._lock
