"""GARE and GlobusAuthorizationParameters: construction, validation, (de)serialization."""

from __future__ import annotations

import pytest

from globus_sdk.exc import ValidationError
from globus_sdk.gare import GARE, GlobusAuthorizationParameters

IDENTITY = "7d9a1b7c-7a43-4c3e-8a8d-0f2b7e1c5a10"
POLICY = "c6e3f2a0-0a8d-4a7e-9d1b-5b2a8c7e1f33"
SCOPE = "urn:globus:auth:scope:transfer.api.globus.org:all"

FULL_PARAMS = {
    "session_message": "Log in with your campus identity",
    "session_required_identities": [IDENTITY],
    "session_required_policies": [POLICY],
    "session_required_single_domain": ["example.edu"],
    "session_required_mfa": True,
    "required_scopes": [SCOPE],
    "prompt": "login",
}


def test_parameters_defaults():
    params = GlobusAuthorizationParameters()
    for name in FULL_PARAMS:
        assert getattr(params, name) is None
    assert params.extra == {}
    assert params.to_dict() == {}


def test_parameters_round_trip():
    params = GlobusAuthorizationParameters.from_dict({**FULL_PARAMS, "future": 1})
    for name, value in FULL_PARAMS.items():
        assert getattr(params, name) == value
    assert params.extra == {"future": 1}
    assert params.to_dict() == FULL_PARAMS
    assert params.to_dict(include_extra=True) == {**FULL_PARAMS, "future": 1}


def test_parameters_to_dict_omits_none_and_copies_lists():
    params = GlobusAuthorizationParameters(required_scopes=[SCOPE])
    data = params.to_dict()
    assert data == {"required_scopes": [SCOPE]}
    data["required_scopes"].append("other")
    assert params.required_scopes == [SCOPE]


def test_known_field_wins_over_extra_of_the_same_name():
    params = GlobusAuthorizationParameters(prompt="login", extra={"prompt": "none"})
    assert params.to_dict(include_extra=True) == {"prompt": "login"}


@pytest.mark.parametrize(
    "field, bad_value",
    [
        ("session_message", 5),
        ("session_required_identities", IDENTITY),  # a string, not a list
        ("session_required_identities", [IDENTITY, 3]),
        ("session_required_policies", "a,b"),
        ("session_required_single_domain", {"example.edu": True}),
        ("session_required_mfa", "yes"),
        ("required_scopes", SCOPE),
        ("prompt", ["login"]),
    ],
)
def test_parameters_validation(field, bad_value):
    with pytest.raises(ValidationError, match=field):
        GlobusAuthorizationParameters(**{field: bad_value})
    with pytest.raises(ValidationError, match=field):
        GlobusAuthorizationParameters.from_dict({field: bad_value})


def test_parameters_repr():
    params = GlobusAuthorizationParameters(
        required_scopes=[SCOPE], session_required_mfa=False, extra={"x": 1}
    )
    assert repr(params) == (
        f"GlobusAuthorizationParameters(session_required_mfa=False, "
        f"required_scopes=['{SCOPE}'], extra={{'x': 1}})"
    )


def test_gare_from_dict_and_to_dict():
    data = {
        "code": "AuthorizationRequired",
        "authorization_parameters": {**FULL_PARAMS, "param_extra": "p"},
        "request_id": "abc123",
    }
    gare = GARE.from_dict(data)
    assert gare.code == "AuthorizationRequired"
    assert isinstance(gare.authorization_parameters, GlobusAuthorizationParameters)
    assert gare.authorization_parameters.session_required_mfa is True
    assert gare.authorization_parameters.extra == {"param_extra": "p"}
    assert gare.extra == {"request_id": "abc123"}
    assert gare.to_dict() == {
        "code": "AuthorizationRequired",
        "authorization_parameters": FULL_PARAMS,
    }
    assert gare.to_dict(include_extra=True) == data


def test_gare_accepts_parameters_instance():
    params = GlobusAuthorizationParameters(prompt="login")
    gare = GARE("AuthorizationRequired", params, extra={"k": "v"})
    assert gare.authorization_parameters is params
    assert gare.extra == {"k": "v"}
    assert repr(gare) == (
        "GARE(code='AuthorizationRequired', authorization_parameters="
        "GlobusAuthorizationParameters(prompt='login'), extra={'k': 'v'})"
    )


@pytest.mark.parametrize(
    "data, field",
    [
        ({"authorization_parameters": {"prompt": "login"}}, "code"),
        ({"code": 401, "authorization_parameters": {"prompt": "login"}}, "code"),
        ({"code": "AuthorizationRequired"}, "authorization_parameters"),
        (
            {"code": "AuthorizationRequired", "authorization_parameters": "login"},
            "authorization_parameters",
        ),
        (
            {
                "code": "AuthorizationRequired",
                "authorization_parameters": {"required_scopes": SCOPE},
            },
            "required_scopes",
        ),
    ],
)
def test_gare_validation(data, field):
    with pytest.raises(ValidationError, match=field):
        GARE.from_dict(data)


def test_from_dict_requires_a_dict():
    with pytest.raises(ValidationError):
        GARE.from_dict(["code"])  # type: ignore[arg-type]


def test_extra_is_copied():
    extra = {"a": 1}
    gare = GARE("X", {"prompt": "login"}, extra=extra)
    extra["b"] = 2
    assert gare.extra == {"a": 1}
