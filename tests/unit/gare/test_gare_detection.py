"""to_gare / to_gares / is_gare / has_gares over dicts, subdocuments and API errors."""

from __future__ import annotations

import logging

import pytest

from globus_sdk.exc import ErrorSubdocument
from globus_sdk.gare import GARE, has_gares, is_gare, to_gare, to_gares

SCOPE = (
    "urn:globus:auth:scope:transfer.api.globus.org:all"
    "[*https://auth.globus.org/scopes/9c2f4e1a-3b7d-4c1e-b0a5-2d8e6f4a1c77/data_access]"
)
POLICY_A = "0b6f4f0e-8c3e-4d55-9a3d-61f2c1e7b8a4"
POLICY_B = "5a9e2c1d-1f4b-4e0a-8c7d-3b2a6e9f0d12"
FLOW_SCOPE = (
    "https://auth.globus.org/scopes/2f1a8c3e-6d4b-4a9e-9b2c-7e5d1f0a3c88/"
    "flow_2f1a8c3e_6d4b_4a9e_9b2c_7e5d1f0a3c88_user"
)

MODERN = {
    "code": "AuthorizationRequired",
    "authorization_parameters": {
        "session_message": "You need a session with example.edu",
        "session_required_single_domain": ["example.edu"],
        "required_scopes": [SCOPE],
    },
}
TRANSFER_CONSENT = {
    "code": "ConsentRequired",
    "message": "Missing required data_access consent",
    "request_id": "Rq7bTz0Kq",
    "required_scopes": [SCOPE],
    "resource": "/operation/endpoint/9c2f4e1a/ls",
}
AP_CONSENT = {
    "code": "ConsentRequired",
    "description": "Consent is required to run this flow",
    "required_scope": FLOW_SCOPE,
    "authorization_parameters": {"provider_hint": "flows"},
}
LEGACY_PARAMS = {
    "code": "AuthenticationFailed",
    "message": "Token does not satisfy the collection's policies",
    "authorization_parameters": {
        "session_message": "Session reauthentication required (Globus Transfer)",
        "session_required_identities": [],
        "session_required_single_domain": [],
        "session_required_policies": f"{POLICY_A},{POLICY_B}",
    },
}
LEGACY_PARAMS_NO_CODE = {
    "authorization_parameters": {
        "session_required_identities": ["a1b2c3d4-0000-4000-8000-000000000001"],
        "session_message": "please re-login",
    }
}
DEPENDENT_CONSENT = {
    "error": "dependent_consent_required",
    "errors": [
        {
            "code": "DEPENDENT_CONSENT_REQUIRED",
            "detail": "Missing consent for a dependent scope",
            "unapproved_scopes": [SCOPE],
        }
    ],
}


def test_modern_format():
    gare = to_gare(MODERN)
    assert isinstance(gare, GARE)
    assert gare.code == "AuthorizationRequired"
    params = gare.authorization_parameters
    assert params.session_required_single_domain == ["example.edu"]
    assert params.required_scopes == [SCOPE]
    assert gare.to_dict() == MODERN


def test_legacy_transfer_consent_required():
    gare = to_gare(TRANSFER_CONSENT)
    assert gare is not None
    assert gare.code == "ConsentRequired"
    assert gare.authorization_parameters.required_scopes == [SCOPE]
    assert (
        gare.authorization_parameters.session_message
        == "Missing required data_access consent"
    )
    assert gare.extra["request_id"] == "Rq7bTz0Kq"
    assert gare.extra["resource"] == "/operation/endpoint/9c2f4e1a/ls"


def test_legacy_action_provider_consent_required():
    gare = to_gare(AP_CONSENT)
    assert gare is not None
    assert gare.code == "ConsentRequired"
    params = gare.authorization_parameters
    assert params.required_scopes == [FLOW_SCOPE]
    assert params.session_message == "Consent is required to run this flow"
    assert params.extra == {"provider_hint": "flows"}
    assert "authorization_parameters" not in gare.extra


def test_legacy_authorization_parameters_policies_as_string():
    gare = to_gare(LEGACY_PARAMS)
    assert gare is not None
    assert gare.code == "AuthenticationFailed"
    params = gare.authorization_parameters
    assert params.session_required_policies == [POLICY_A, POLICY_B]
    assert params.session_required_identities == []
    assert params.session_message.startswith("Session reauthentication")
    assert gare.extra == {"message": LEGACY_PARAMS["message"]}


def test_legacy_authorization_parameters_without_code():
    gare = to_gare(LEGACY_PARAMS_NO_CODE)
    assert gare is not None
    assert gare.code == "AuthorizationRequired"
    assert gare.authorization_parameters.session_required_identities == [
        "a1b2c3d4-0000-4000-8000-000000000001"
    ]


def test_legacy_dependent_consent_required():
    gare = to_gare(DEPENDENT_CONSENT)
    assert gare is not None
    assert gare.code == "ConsentRequired"
    assert gare.authorization_parameters.required_scopes == [SCOPE]
    assert gare.extra["error"] == "dependent_consent_required"


@pytest.mark.parametrize(
    "doc",
    [
        {},
        {"code": "NotFound", "message": "No such endpoint"},
        {"code": "ConsentRequired"},  # nothing to consent to
        {"code": "ConsentRequired", "required_scopes": "not-a-list"},
        {"code": "Other", "required_scopes": [SCOPE]},
        {"code": "AuthorizationRequired", "authorization_parameters": {}},
        {
            "code": "AuthorizationRequired",
            "authorization_parameters": {"session_message": "only a message"},
        },
        {"authorization_parameters": {"session_required_mfa": "yes"}},
        {"error": "dependent_consent_required", "errors": []},
        {"error": "invalid_grant", "error_description": "bad refresh token"},
    ],
)
def test_not_gares(doc):
    assert to_gare(doc) is None
    assert is_gare(doc) is False
    assert to_gares([doc]) == []
    assert has_gares([doc]) is False


@pytest.mark.parametrize("not_a_dict", [None, [], "ConsentRequired", 3])
def test_garbage_input_is_not_a_gare(not_a_dict):
    assert to_gare(not_a_dict) is None  # type: ignore[arg-type]


def test_error_subdocument():
    assert to_gare(ErrorSubdocument(TRANSFER_CONSENT)).code == "ConsentRequired"
    assert to_gare(ErrorSubdocument({"code": "NotFound"})) is None


def test_api_error_root_document(make_api_error):
    err = make_api_error(TRANSFER_CONSENT)
    gare = to_gare(err)
    assert gare is not None
    assert gare.authorization_parameters.required_scopes == [SCOPE]
    assert is_gare(err)
    assert [g.code for g in to_gares([err])] == ["ConsentRequired"]
    assert has_gares([err])


def test_api_error_nested_errors(make_api_error):
    body = {
        "errors": [
            {"code": "NotFound", "detail": "no such thing"},
            {**MODERN, "status": "403"},
            {"code": "ConsentRequired", "required_scopes": ["openid"]},
        ]
    }
    err = make_api_error(body)
    first = to_gare(err)
    assert first is not None
    assert first.code == "AuthorizationRequired"
    assert first.extra == {"status": "403"}
    all_gares = to_gares([err])
    assert [g.code for g in all_gares] == ["AuthorizationRequired", "ConsentRequired"]
    assert has_gares([err])


def test_api_error_root_gare_with_unrelated_errors_array(make_api_error):
    body = {**MODERN, "errors": [{"code": "Other", "detail": "x"}]}
    err = make_api_error(body)
    assert to_gare(err) is not None
    # to_gares agrees with to_gare when no entry of `errors` is a GARE
    assert [g.code for g in to_gares([err])] == ["AuthorizationRequired"]


def test_api_error_that_is_not_a_gare(make_api_error):
    err = make_api_error({"code": "Forbidden", "message": "no"})
    assert to_gare(err) is None
    assert not is_gare(err)
    assert to_gares([err]) == []
    assert not has_gares([err])


def test_api_error_with_non_json_body(make_api_error):
    err = make_api_error("<html>oops</html>")
    assert to_gare(err) is None


def test_to_gares_mixed_inputs(make_api_error):
    docs = [
        MODERN,
        {"code": "NotFound"},
        ErrorSubdocument(AP_CONSENT),
        make_api_error(LEGACY_PARAMS),
    ]
    gares = to_gares(docs)
    assert [g.code for g in gares] == [
        "AuthorizationRequired",
        "ConsentRequired",
        "AuthenticationFailed",
    ]
    assert has_gares(docs)
    assert not has_gares([{"code": "NotFound"}])
    assert not has_gares([])


def test_modern_format_is_preferred():
    doc = {
        "code": "ConsentRequired",
        "required_scopes": ["legacy-scope"],
        "authorization_parameters": {"required_scopes": ["modern-scope"]},
    }
    gare = to_gare(doc)
    assert gare is not None
    assert gare.authorization_parameters.required_scopes == ["modern-scope"]
    assert gare.extra == {"required_scopes": ["legacy-scope"]}


def test_detection_logs_nothing_above_debug(caplog):
    caplog.set_level(logging.DEBUG, logger="globus_sdk")
    to_gare({"code": "NotFound"})
    assert all(r.levelno <= logging.DEBUG for r in caplog.records)


def test_input_is_not_modified():
    import copy

    original = copy.deepcopy(AP_CONSENT)
    gare = to_gare(AP_CONSENT)
    assert AP_CONSENT == original
    gare.extra["new"] = 1
    assert AP_CONSENT == original
