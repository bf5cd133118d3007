"""PKCE challenges and the flow managers' URLs (no HTTP)."""

from __future__ import annotations

import base64
import hashlib
import string
import urllib.parse

import pytest

import globus_sdk
from globus_sdk.services.auth.flow_managers import (
    GlobusAuthorizationCodeFlowManager,
    GlobusNativeAppFlowManager,
    GlobusOAuthFlowManager,
)
from globus_sdk.services.auth.flow_managers.native_app import make_native_app_challenge

UNRESERVED = set(string.ascii_letters + string.digits + "-._~")


def s256(verifier: str) -> str:
    return (
        base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest())
        .decode()
        .rstrip("=")
    )


def test_challenge_for_a_given_verifier():
    verifier = "wire-verifier-0123456789abcdefghijklmnopqrstuvwxyz"
    assert make_native_app_challenge(verifier) == (
        verifier,
        "SypQffec3-ERQvyo2dsTiHQ-8Ac8hdeOOrWK4qBc1hM",
    )


def test_random_verifiers():
    seen = set()
    for _ in range(20):
        verifier, challenge = make_native_app_challenge()
        assert 43 <= len(verifier) <= 128
        assert set(verifier) <= UNRESERVED
        assert challenge == s256(verifier)
        assert "=" not in challenge
        seen.add(verifier)
    assert len(seen) == 20


@pytest.mark.parametrize("length", [43, 128])
def test_verifier_length_bounds_are_inclusive(length):
    assert make_native_app_challenge("a" * length)[0] == "a" * length


@pytest.mark.parametrize(
    "verifier, message",
    [
        ("", "43-128 characters long: 0"),
        ("a" * 42, "43-128 characters long: 42"),
        ("a" * 129, "43-128 characters long: 129"),
        ("a" * 42 + "/", "invalid characters"),
        ("a" * 42 + "é", "invalid characters"),
        ("a" * 42 + "\n", "invalid characters"),
    ],
)
def test_invalid_verifiers(verifier, message):
    with pytest.raises(globus_sdk.GlobusSDKUsageError, match=message):
        make_native_app_challenge(verifier)


def test_flow_manager_base_is_abstract():
    with pytest.raises(TypeError):
        GlobusOAuthFlowManager()  # type: ignore[abstract]


def test_native_flow_manager_attributes():
    client = globus_sdk.NativeAppAuthClient("cid", base_url="https://auth.example.org/")
    flow = GlobusNativeAppFlowManager(
        client, requested_scopes=["a", "b"], state="s", refresh_tokens=True
    )
    assert (flow.client_id, flow.requested_scopes, flow.state) == ("cid", "a b", "s")
    assert flow.redirect_uri == "https://auth.example.org/v2/web/auth-code"
    assert flow.challenge == s256(flow.verifier)
    assert flow.prefill_named_grant is None and flow.auth_client is client
    url = urllib.parse.urlsplit(
        flow.get_authorize_url({"extra": "1", "state": "override"})
    )
    assert (url.netloc, url.path) == ("auth.example.org", "/v2/oauth2/authorize")
    query = dict(urllib.parse.parse_qsl(url.query))
    assert query["state"] == "override" and query["extra"] == "1"
    assert query["access_type"] == "offline"


def test_authorization_code_flow_manager_attributes():
    client = globus_sdk.ConfidentialAppAuthClient("cid", "secret")
    flow = GlobusAuthorizationCodeFlowManager(client, "https://app/cb")
    assert flow.requested_scopes == (
        "openid profile email urn:globus:auth:scope:transfer.api.globus.org:all"
    )
    assert (flow.client_id, flow.redirect_uri, flow.state, flow.refresh_tokens) == (
        "cid",
        "https://app/cb",
        "_default",
        False,
    )
    query = dict(
        urllib.parse.parse_qsl(urllib.parse.urlsplit(flow.get_authorize_url()).query)
    )
    assert "secret" not in query.values()
    assert query["response_type"] == "code"
