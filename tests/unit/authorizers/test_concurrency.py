"""One refresh in flight per authorizer, however many threads need a token."""

from __future__ import annotations

import threading
import typing as t

import pytest

from globus_sdk.authorizers import ClientCredentialsAuthorizer, RefreshTokenAuthorizer

N_THREADS = 16


class SlowTokenEndpoint:
    """
    A fake client whose token request does not answer until every thread has asked
    for a header, so that without locking all of them would find the token expired
    and make their own request.
    """

    def __init__(self, token_response: t.Callable[..., t.Any]) -> None:
        self.token_response = token_response
        self.calls = 0
        self.arrived = 0
        self.all_arrived = threading.Event()
        self._count_lock = threading.Lock()

    def thread_arrives(self) -> None:
        with self._count_lock:
            self.arrived += 1
            if self.arrived == N_THREADS:
                self.all_arrived.set()

    def _respond(self) -> t.Any:
        with self._count_lock:
            self.calls += 1
            call_number = self.calls
        # event waits, not sleeps: returns as soon as the last thread has arrived,
        # then gives the others a moment to reach the lock
        assert self.all_arrived.wait(timeout=10)
        threading.Event().wait(0.05)
        return self.token_response(f"token-{call_number}", refresh_token="rotated")

    def oauth2_refresh_token(self, refresh_token: str) -> t.Any:
        return self._respond()

    def oauth2_client_credentials_tokens(self, requested_scopes: str) -> t.Any:
        return self._respond()


def _build(kind: str, client: SlowTokenEndpoint, on_refresh: t.Any) -> t.Any:
    common = {"access_token": "expired", "expires_at": 1, "on_refresh": on_refresh}
    if kind == "refresh":
        return RefreshTokenAuthorizer("rt", client, **common)  # type: ignore[arg-type]
    return ClientCredentialsAuthorizer(client, "openid", **common)  # type: ignore[arg-type]


@pytest.mark.parametrize("kind", ["refresh", "client_credentials"])
def test_sixteen_threads_one_token_request(kind, token_response):
    client = SlowTokenEndpoint(token_response)
    refreshes: list[t.Any] = []
    authorizer = _build(kind, client, refreshes.append)
    start = threading.Barrier(N_THREADS)
    headers: list[str] = []
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            start.wait(timeout=10)
            client.thread_arrives()
            headers.append(authorizer.get_authorization_header())
        except BaseException as err:  # reported below
            errors.append(err)

    threads = [threading.Thread(target=worker) for _ in range(N_THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert errors == []
    assert client.calls == 1
    assert len(refreshes) == 1
    assert headers == ["Bearer token-1"] * N_THREADS


def test_concurrent_401s_lead_to_one_refresh(token_response, valid_expiry):
    """Every thread got a 401 with the same token: one refresh serves them all."""

    class Endpoint:
        calls = 0

        def oauth2_refresh_token(self, refresh_token: str) -> t.Any:
            Endpoint.calls += 1
            return token_response(f"token-{Endpoint.calls}")

    authorizer = RefreshTokenAuthorizer(
        "rt",
        Endpoint(),  # type: ignore[arg-type]
        access_token="rejected",
        expires_at=valid_expiry,
    )
    got_header = threading.Barrier(N_THREADS)
    retried: list[str] = []
    lock = threading.Lock()

    def worker() -> None:
        assert authorizer.get_authorization_header() == "Bearer rejected"
        got_header.wait(timeout=10)
        # ...the request comes back 401
        assert authorizer.handle_missing_authorization() is True
        header = authorizer.get_authorization_header()
        with lock:
            retried.append(header)

    threads = [threading.Thread(target=worker) for _ in range(N_THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert Endpoint.calls == 1
    assert retried == ["Bearer token-1"] * N_THREADS
