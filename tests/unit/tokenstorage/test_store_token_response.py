from __future__ import annotations

import typing as t

from globus_sdk.tokenstorage import MemoryTokenStorage

IDENTITY = "c0ffee00-1234-4abc-8def-000000000001"


def test_identity_from_id_token(make_token_response: t.Any) -> None:
    storage = MemoryTokenStorage()
    response = make_token_response("a.example", "b.example", identity_id=IDENTITY)
    storage.store_token_response(response)
    assert response.decode_calls == 1
    for token_data in storage.get_token_data_by_resource_server().values():
        assert token_data.identity_id == IDENTITY


def test_no_id_token_means_no_identity(make_token_response: t.Any) -> None:
    storage = MemoryTokenStorage()
    response = make_token_response("a.example")
    storage.store_token_response(response)
    assert response.decode_calls == 0
    assert storage.get_token_data("a.example").identity_id is None  # type: ignore[union-attr]


def test_id_token_decoder_is_used_when_set(make_token_response: t.Any) -> None:
    seen: list[str] = []

    class Decoder:
        def decode(self, id_token: str) -> dict[str, t.Any]:
            seen.append(id_token)
            return {"sub": "decoded-by-decoder"}

    storage = MemoryTokenStorage()
    storage.id_token_decoder = t.cast(t.Any, Decoder())
    response = make_token_response("a.example", identity_id=IDENTITY)
    storage.store_token_response(response)
    assert seen == [f"fake.jwt.for.{IDENTITY}"]
    assert response.decode_calls == 0
    assert storage.get_token_data("a.example").identity_id == "decoded-by-decoder"  # type: ignore[union-attr]


def test_dependent_token_response_array_data(make_token_response: t.Any) -> None:
    # dependent token responses have a JSON array body and never an id_token
    response = make_token_response("a.example")
    response.data = [{"access_token": "x"}]
    storage = MemoryTokenStorage()
    storage.store_token_response(response)
    assert storage.get_token_data("a.example").identity_id is None  # type: ignore[union-attr]


def test_all_fields_are_stored(make_token_response: t.Any) -> None:
    response = make_token_response("a.example", refresh_token=None, scope="s1 s2")
    storage = MemoryTokenStorage()
    storage.store_token_response(response)
    data = storage.get_token_data("a.example")
    assert data is not None
    source = response.by_resource_server["a.example"]
    assert data.resource_server == "a.example"
    assert data.scope == "s1 s2"
    assert data.access_token == source["access_token"]
    assert data.refresh_token is None
    assert data.expires_at_seconds == source["expires_at_seconds"]
    assert data.token_type == "Bearer"
