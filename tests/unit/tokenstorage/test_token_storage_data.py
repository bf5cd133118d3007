from __future__ import annotations

from globus_sdk.tokenstorage import TokenStorageData


def _data(**kwargs: object) -> TokenStorageData:
    params: dict[str, object] = {
        "resource_server": "transfer.api.globus.org",
        "identity_id": "ae3f7a5c-0000-4b5e-9a2d-1c0ffee00001",
        "scope": "urn:globus:auth:scope:transfer.api.globus.org:all",
        "access_token": "secret-access",
        "refresh_token": "secret-refresh",
        "expires_at_seconds": 1700000000,
        "token_type": "Bearer",
    }
    params.update(kwargs)
    return TokenStorageData(**params)  # type: ignore[arg-type]


def test_round_trip() -> None:
    data = _data()
    loaded = TokenStorageData.from_dict(data.to_dict())
    assert loaded.to_dict() == data.to_dict()
    assert loaded.extra == {}


def test_to_dict_omits_none_and_from_dict_fills_none() -> None:
    data = _data(refresh_token=None, identity_id=None, token_type=None)
    as_dict = data.to_dict()
    assert "refresh_token" not in as_dict
    assert "identity_id" not in as_dict
    loaded = TokenStorageData.from_dict(as_dict)
    assert loaded.refresh_token is None
    assert loaded.identity_id is None
    assert loaded.token_type is None


def test_unknown_keys_go_to_extra() -> None:
    as_dict = _data().to_dict()
    as_dict["future_field"] = {"x": 1}
    loaded = TokenStorageData.from_dict(as_dict)
    assert loaded.extra == {"future_field": {"x": 1}}
    assert "future_field" not in loaded.to_dict()
    assert loaded.to_dict(include_extra=True)["future_field"] == {"x": 1}


def test_known_fields_win_over_extra() -> None:
    data = _data(extra={"scope": "bogus", "other": 1})
    rendered = data.to_dict(include_extra=True)
    assert rendered["scope"] == data.scope
    assert rendered["other"] == 1


def test_repr_masks_tokens() -> None:
    text = repr(_data())
    assert "secret-access" not in text
    assert "secret-refresh" not in text
    assert "transfer.api.globus.org" in text
    assert "refresh_token=None" in repr(_data(refresh_token=None))
